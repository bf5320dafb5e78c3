package org.povertyexit.monitor.rules;

import java.util.List;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.remediation.Department;

/**
 * One criterion as its rules declare it: the first rule of the criterion carries its metadata and
 * lends the criterion its name; further rules (other checks of the same criterion) carry only
 * {@code @criterion} and {@code @severity}. Its checks are its rules in the order they are stated.
 */
public record Criterion(String code, Severity severity, Department department, String source, String actionZh,
                        String actionEn, String rule, String file, List<String> checks) {

    public Criterion {
        checks = List.copyOf(checks);
    }

    /** Where a check stands among the criterion's checks, as stated in its file; the first is the criterion's rule. */
    public int checkOrder(String checkRule) {
        int at = checks.indexOf(checkRule);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
