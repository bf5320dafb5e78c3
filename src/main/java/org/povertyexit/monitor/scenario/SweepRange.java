package org.povertyexit.monitor.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One parameter over an inclusive range: {@code household.poverty_line=3500:4500:100}. */
public record SweepRange(String parameter, BigDecimal from, BigDecimal to, BigDecimal step) {

    /** More points than this is a typo, not an analysis (each point is a whole evaluation). */
    public static final int MAX_POINTS = 1000;
    private static final Pattern FORM = Pattern.compile("\\s*([^=\\s]+)\\s*=\\s*([^:]+):([^:]+):([^:]+)\\s*");

    public SweepRange {
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("step must be greater than 0");
        }
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("from (" + from.toPlainString() + ") is above to ("
                    + to.toPlainString() + ")");
        }
        if (to.subtract(from).divideToIntegralValue(step).compareTo(BigDecimal.valueOf(MAX_POINTS)) >= 0) {
            throw new IllegalArgumentException("more than " + MAX_POINTS + " points");
        }
    }

    /** Parses {@code NAME=FROM:TO:STEP}; the message says what is wrong. */
    public static SweepRange parse(String text) {
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected NAME=FROM:TO:STEP, e.g. household.poverty_line=3500:4500:100");
        }
        try {
            return new SweepRange(matcher.group(1), new BigDecimal(matcher.group(2).strip()),
                    new BigDecimal(matcher.group(3).strip()), new BigDecimal(matcher.group(4).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("FROM, TO and STEP must be numbers");
        }
    }

    /** from, from + step, … up to and including {@code to} when the steps land on it; exact decimals. */
    public List<BigDecimal> values() {
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal value = from; value.compareTo(to) <= 0; value = value.add(step)) {
            values.add(value);
        }
        return values;
    }
}
