package org.povertyexit.monitor.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
import org.povertyexit.monitor.remediation.Department;

/**
 * Builds a {@link CriterionOutcome} in a criterion rule's consequence. The rule states each check
 * with the parameter and values it compares; code, severity, department and action text come from
 * the rule's metadata, so a rule file is the one place that says all of it.
 *
 * <pre>
 * insertLogical(Outcome.of(drools, Level.HOUSEHOLD, $h.id())
 *     .check($income.compareTo($line) > 0, "household.poverty_line", $income, $line, "income not above the line")
 *     .result());
 * </pre>
 */
public final class Outcome {

    private record Check(boolean passes, String parameter, BigDecimal measured, BigDecimal threshold, String text) {
    }

    private final RuleContext drools;
    private final Level level;
    private final String entityId;
    private final List<Check> checks = new ArrayList<>();
    private Department department;
    private BigDecimal gap;
    private String unit;

    private Outcome(RuleContext drools, Level level, String entityId) {
        this.drools = drools;
        this.level = level;
        this.entityId = entityId;
        this.department = Department.valueOf(metadata("department"));
    }

    public static Outcome of(RuleContext drools, Level level, String entityId) {
        return new Outcome(drools, level, entityId);
    }

    /** A condition that must hold for the criterion to pass (for a flag: that must hold for it not to be raised). */
    public Outcome check(boolean passes, String parameter, Number measured, Number threshold, String failureText) {
        checks.add(new Check(passes, parameter, decimal(measured), decimal(threshold), failureText));
        return this;
    }

    /** A yes/no condition with no parameter or measured value. */
    public Outcome check(boolean passes, String failureText) {
        return check(passes, null, null, null, failureText);
    }

    /** The quantity still needed to pass; kept only when the criterion fails. */
    public Outcome gap(Number amount, String gapUnit) {
        this.gap = decimal(amount);
        this.unit = gapUnit;
        return this;
    }

    /** Overrides the rule's department for this entity (H-INCOME goes to civil affairs without labour). */
    public Outcome department(Department responsible) {
        this.department = responsible;
        return this;
    }

    public CriterionOutcome result() {
        // the failing check explains a failure; for a pass, the first check that compares a parameter
        Check reported = checks.stream().filter(c -> !c.passes()).findFirst()
                .or(() -> checks.stream().filter(c -> c.parameter() != null).findFirst())
                .orElse(checks.get(0));
        boolean passed = checks.stream().allMatch(Check::passes);
        StringBuilder message = new StringBuilder();
        for (Check check : checks) {
            if (!check.passes()) {
                message.append(message.isEmpty() ? "" : "; ").append(check.text());
                if (check.measured() != null || check.threshold() != null) {
                    message.append(" (").append(plain(check.measured())).append(" vs ")
                            .append(plain(check.threshold())).append(')');
                }
            }
        }
        return new CriterionOutcome(level, entityId, metadata("criterion"), Severity.valueOf(metadata("severity")),
                passed, reported.measured(), reported.threshold(), reported.parameter(), department,
                passed ? null : gap, passed || gap == null ? null : unit, passed ? "passed" : message.toString(),
                drools.getRule().getName(), metadata("action_zh"), metadata("action_en"));
    }

    private String metadata(String key) {
        Map<String, Object> metadata = drools.getRule().getMetaData();
        Object value = metadata.get(key);
        if (value == null) {
            throw new IllegalStateException("rule \"" + drools.getRule().getName() + "\" lacks @" + key);
        }
        return value.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }

    private static BigDecimal decimal(Number number) {
        if (number == null || number instanceof BigDecimal) {
            return (BigDecimal) number;
        }
        return new BigDecimal(number.toString());
    }
}
