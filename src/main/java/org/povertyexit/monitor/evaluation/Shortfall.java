package org.povertyexit.monitor.evaluation;

import java.math.BigDecimal;
import org.kie.api.definition.rule.Rule;
import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Village;
import org.povertyexit.monitor.remediation.Department;

/**
 * Derived when one check of a criterion fails for an entity: a rule's conditions decided it, the
 * consequence records what was compared. A criterion with several checks (H-WATER) may leave several;
 * {@link CriterionOutcomes} joins them into the criterion's outcome. Entities that pass leave none.
 *
 * <pre>
 * insert(Shortfall.of(drools, $h, "per-capita net income not above the poverty line")
 *     .compared("household.poverty_line", $income, $line)
 *     .gap(Gap.income($line, $income, $h.memberCount()), "yuan"));
 * </pre>
 */
public record Shortfall(
        Level level,
        String entityId,
        String criterion,
        Severity severity,
        String rule,
        String text,
        String parameter,
        BigDecimal measured,
        BigDecimal threshold,
        BigDecimal gap,
        String unit,
        Department department) {

    public static Shortfall of(RuleContext drools, Household household, String text) {
        return of(drools, Level.HOUSEHOLD, household.id(), text);
    }

    /** The same, in a rule compiled to the executable model, whose {@code drools} is the rule context. */
    public static Shortfall of(Drools drools, Household household, String text) {
        return of((RuleContext) drools, Level.HOUSEHOLD, household.id(), text);
    }

    public static Shortfall of(RuleContext drools, Village village, String text) {
        return of(drools, Level.VILLAGE, village.code(), text);
    }

    /** The same, in a rule compiled to the executable model, whose {@code drools} is the rule context. */
    public static Shortfall of(Drools drools, Village village, String text) {
        return of((RuleContext) drools, Level.VILLAGE, village.code(), text);
    }

    public static Shortfall of(RuleContext drools, County county, String text) {
        return of(drools, Level.COUNTY, county.code(), text);
    }

    /** The same, in a rule compiled to the executable model, whose {@code drools} is the rule context. */
    public static Shortfall of(Drools drools, County county, String text) {
        return of((RuleContext) drools, Level.COUNTY, county.code(), text);
    }

    private static Shortfall of(RuleContext drools, Level level, String entityId, String text) {
        Rule rule = drools.getRule();
        Object criterion = rule.getMetaData().get("criterion");
        Object severity = rule.getMetaData().get("severity");
        if (criterion == null || severity == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" lacks @criterion or @severity");
        }
        return new Shortfall(level, entityId, criterion.toString(), Severity.valueOf(severity.toString()),
                rule.getName(), text, null, null, null, null, null, null);
    }

    /** The values the failing check compared: measured against the threshold (a parameter's value, if named). */
    public Shortfall compared(String parameterName, Number measuredValue, Number thresholdValue) {
        return new Shortfall(level, entityId, criterion, severity, rule, text, parameterName,
                Decimals.of(measuredValue), Decimals.of(thresholdValue), gap, unit, department);
    }

    /** The quantity still needed to pass, in {@code gapUnit}. */
    public Shortfall gap(Number amount, String gapUnit) {
        return new Shortfall(level, entityId, criterion, severity, rule, text, parameter, measured,
                threshold, Decimals.of(amount), gapUnit, department);
    }

    /** Sends the item to another department than the criterion's (H-INCOME without labour: civil affairs). */
    public Shortfall department(Department responsible) {
        return new Shortfall(level, entityId, criterion, severity, rule, text, parameter, measured,
                threshold, gap, unit, responsible);
    }

    /** The check's text as the report's message shows it, with the values it compared. */
    public String describe() {
        if (measured == null && threshold == null) {
            return text;
        }
        return text + " (" + plain(measured) + " vs " + plain(threshold) + ')';
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }
}
