package org.povertyexit.monitor.service.web.whatif;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.scenario.SweepRange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A sweep as asked for in the address: a parameter of the run and FROM, TO, STEP. Left empty, they are
 * filled in around the value in force (five steps each side, a step of 1, 2 or 5 times a power of ten,
 * about a twentieth of the value), so the value in force lies on the grid. A sweep of the service is
 * bounded: at most {@link #MAX_POINTS} values, each a whole evaluation of the run.
 */
public record SweepForm(String parameter, String from, String to, String step, boolean asked) {

    static final int MAX_POINTS = 20;
    private static final String DEFAULT_PARAMETER = "household.poverty_line";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,10})?");

    static SweepForm of(String parameter, String from, String to, String step, ParameterSet parameters) {
        boolean asked = parameter != null && !parameter.isBlank();
        String name = asked ? parameter.strip() : parameters.has(DEFAULT_PARAMETER) ? DEFAULT_PARAMETER
                : parameters.defaults().iterator().next().name();
        if (blank(from) && blank(to) && blank(step) && parameters.has(name)) {
            BigDecimal value = parameters.value(name);
            BigDecimal unit = niceStep(value.abs().divide(BigDecimal.valueOf(20), 12, RoundingMode.HALF_UP));
            int below = value.signum() < 0 ? 5 : Math.min(5, value.divideToIntegralValue(unit).intValue());
            return new SweepForm(name, plain(value.subtract(unit.multiply(BigDecimal.valueOf(below)))),
                    plain(value.add(unit.multiply(BigDecimal.valueOf(5)))), plain(unit), asked);
        }
        return new SweepForm(name, trimmed(from), trimmed(to), trimmed(step), asked);
    }

    /** The problem of each input that has one (by input name), in the reader's language. */
    Map<String, String> problems(ParameterSet parameters, Labels labels) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!parameters.has(parameter)) {
            problems.put("parameter", labels.text("page.whatif.sweep.problem.parameter"));
        }
        Map<String, String> numbers = Map.of("from", from, "to", to, "step", step);
        for (String input : new String[] {"from", "to", "step"}) {
            if (!PLAIN_NUMBER.matcher(numbers.get(input)).matches()) {
                problems.put(input, labels.text("page.whatif.sweep.problem.number"));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        BigDecimal low = new BigDecimal(from);
        BigDecimal high = new BigDecimal(to);
        BigDecimal size = new BigDecimal(step);
        if (size.signum() <= 0) {
            problems.put("step", labels.text("page.whatif.sweep.problem.step"));
        } else if (low.compareTo(high) > 0) {
            problems.put("to", labels.text("page.whatif.sweep.problem.order"));
        } else if (high.subtract(low).divideToIntegralValue(size).compareTo(BigDecimal.valueOf(MAX_POINTS)) >= 0) {
            problems.put("step", labels.text("page.whatif.sweep.problem.points", MAX_POINTS));
        }
        return problems;
    }

    /** The range; only for a form without problems. */
    SweepRange range() {
        return new SweepRange(parameter, new BigDecimal(from), new BigDecimal(to), new BigDecimal(step));
    }

    /** The same sweep at {@code path} (the page's address, or its result's). */
    public String at(String path) {
        return UriComponentsBuilder.fromPath(path).queryParam("parameter", parameter).queryParam("from", from)
                .queryParam("to", to).queryParam("step", step).encode().build().toUriString();
    }

    /** 1, 2 or 5 times a power of ten, the smallest not below {@code rough} (1 for nothing). */
    static BigDecimal niceStep(BigDecimal rough) {
        if (rough.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal power = BigDecimal.ONE.movePointRight(rough.precision() - rough.scale() - 1);
        for (int factor : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(factor));
            if (candidate.compareTo(rough) >= 0) {
                return candidate.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("ten times the power of ten below a number is above it");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
