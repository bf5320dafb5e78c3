package org.povertyexit.monitor.service.web.drill;

import java.math.BigDecimal;
import java.util.List;
import org.povertyexit.monitor.service.explain.Explanation;

/**
 * A criterion shown as a key figure: what was measured against its threshold, as numbers (the
 * explanation keeps them as the report's plain text), and whether it passed.
 */
public record Figure(String criterion, BigDecimal measured, BigDecimal threshold, boolean passed) {

    /** The criterion among the explained ones as a figure; null when it does not apply. */
    static Figure of(List<Explanation.Criterion> criteria, String code) {
        return criteria.stream().filter(c -> c.criterion().equals(code)).findFirst()
                .map(c -> new Figure(code, number(c.measured()), number(c.threshold()), c.passed())).orElse(null);
    }

    private static BigDecimal number(String plain) {
        return plain == null ? null : new BigDecimal(plain);
    }
}
