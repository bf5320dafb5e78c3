package org.povertyexit.monitor.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact ratio comparisons ("ratios are compared exactly, without rounding", criteria.md), named by
 * the Chinese boundary wording: {@code below} is 低于 (strict), {@code atMost} 不超过, {@code atLeast} 不低于.
 */
public final class Ratio {

    private Ratio() {
    }

    /** poor ÷ population &lt; max, exactly: poor &lt; max × population. */
    public static boolean below(int poor, BigDecimal max, int population) {
        return BigDecimal.valueOf(poor).compareTo(max.multiply(BigDecimal.valueOf(population))) < 0;
    }

    /** part ÷ whole ≥ min, exactly: part ≥ min × whole. */
    public static boolean atLeast(int part, BigDecimal min, int whole) {
        return BigDecimal.valueOf(part).compareTo(min.multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    /** A rate for display (six decimals); null when the denominator is 0 ("no sample"). */
    public static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    public static BigDecimal rate(int part, int whole) {
        return rate(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** part ÷ whole &gt; max, exactly: part &gt; max × whole (a share above its maximum). */
    public static boolean above(BigDecimal part, BigDecimal max, BigDecimal whole) {
        return !atMost(part, max, whole);
    }

    /** part ÷ whole ≤ max, exactly: part ≤ max × whole. */
    public static boolean atMost(BigDecimal part, BigDecimal max, BigDecimal whole) {
        return part.compareTo(max.multiply(whole)) <= 0;
    }
}
