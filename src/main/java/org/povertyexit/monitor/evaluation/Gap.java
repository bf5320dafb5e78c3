package org.povertyexit.monitor.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The quantified gaps of criteria.md ("Remediation"), computed exactly. */
public final class Gap {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private Gap() {
    }

    /** Yuan a year the household needs so that its per-capita income is strictly above the line. */
    public static BigDecimal income(BigDecimal line, BigDecimal perCapitaNetIncome, int members) {
        BigDecimal persons = BigDecimal.valueOf(members);
        // a line with more than two decimals (a scenario's) rounds up: the gap must suffice, not fall a fraction short
        return line.subtract(perCapitaNetIncome).multiply(persons).add(CENT.multiply(persons))
                .setScale(2, RoundingMode.CEILING);
    }

    /** Yuan still missing to reach a minimum. */
    public static BigDecimal shortfall(BigDecimal minimum, BigDecimal actual) {
        return minimum.subtract(actual).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Persons to lift so that {@code poor ÷ population < max}: poor minus the largest count that would
     * pass, which is ⌈max × population⌉ − 1.
     */
    public static int personsToLift(int poor, BigDecimal max, int population) {
        int largestPassing = max.multiply(BigDecimal.valueOf(population)).setScale(0, RoundingMode.CEILING)
                .intValueExact() - 1;
        return Math.max(0, poor - Math.max(0, largestPassing));
    }
}
