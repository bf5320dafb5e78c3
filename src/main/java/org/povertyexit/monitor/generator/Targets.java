package org.povertyexit.monitor.generator;

import java.math.BigDecimal;

/**
 * The 2019 default thresholds of rules/parameters that the generator aims its values at, so that it can
 * put entities on both sides of every criterion on purpose (and a few exactly on the boundary). The
 * rules remain the judge: with other parameters the same data simply passes or fails differently.
 */
final class Targets {

    static final int ASSESSMENT_YEAR = 2019;
    static final BigDecimal POVERTY_LINE = new BigDecimal("3747.00");
    /** Margin above the line for households meant to pass, safe from per-capita rounding. */
    static final int INCOME_PASS_FLOOR = 3760;
    static final int SCHOOL_AGE_MIN = 6;
    static final int SCHOOL_AGE_MAX = 15;
    static final BigDecimal SELFPAY_MAX = new BigDecimal("0.10");
    static final int WATER_MIN_LITERS = 35;
    static final int WATER_MIN_LITERS_SCARCE = 20;
    static final int WATER_MAX_ROUND_TRIP = 20;
    static final int WATER_MAX_OUTAGE_DAYS = 36;
    static final int INDUSTRY_SUBSIDY_MAX = 5000;
    static final int COLLECTIVE_INCOME_MIN = 50_000;
    /** Incidence maxima (west), wrong-exit and missed maxima, recognition minimum, all in percent. */
    static final int INCIDENCE_MAX_PERCENT = 3;
    static final int WRONG_EXIT_MAX_PERCENT = 2;
    static final int MISSED_MAX_PERCENT = 2;
    static final int RECOGNITION_MIN_PERCENT = 90;

    private Targets() {
    }

    /** The smallest population for which {@code poor} persons give an incidence below the maximum. */
    static int smallestPassingPopulation(long poor) {
        return Math.toIntExact(poor * 100 / INCIDENCE_MAX_PERCENT + 1);
    }

    /** The largest population for which {@code poor} persons still reach the maximum incidence. */
    static int largestFailingPopulation(long poor) {
        return Math.toIntExact(poor * 100 / INCIDENCE_MAX_PERCENT);
    }
}
