package org.povertyexit.monitor.evaluation;

import java.math.BigDecimal;
import org.povertyexit.monitor.remediation.Department;

/**
 * Derived by a criterion rule for every entity the criterion applies to, passed or not: the verdict
 * with the value measured, the threshold and parameter it was compared with, and (when failed) the
 * quantified gap. For MONITOR and COMPLIANCE codes, {@code passed == false} means the flag is raised.
 * {@code basis} is the derived fact it was read from: the {@link Shortfall} of its first failing check,
 * or the {@link Evidence} of a pass (the audit trail marks the firing that derived it).
 */
public record CriterionOutcome(
        Level level,
        String entityId,
        String criterion,
        Severity severity,
        boolean passed,
        BigDecimal measured,
        BigDecimal threshold,
        String parameter,
        Department department,
        BigDecimal gap,
        String unit,
        String message,
        String rule,
        String actionZh,
        String actionEn,
        Object basis) {

    public boolean blocking() {
        return severity == Severity.BLOCKING;
    }

    public boolean failed() {
        return !passed;
    }
}
