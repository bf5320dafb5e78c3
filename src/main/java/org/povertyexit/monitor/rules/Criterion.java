package org.povertyexit.monitor.rules;

import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.remediation.Department;

/**
 * One criterion as its rules declare it: the first rule of the criterion carries its metadata and
 * lends the criterion its name; further rules (other checks of the same criterion) carry only
 * {@code @criterion} and {@code @severity}.
 */
public record Criterion(String code, Severity severity, Department department, String source, String actionZh,
                        String actionEn, String rule, String file) {
}
