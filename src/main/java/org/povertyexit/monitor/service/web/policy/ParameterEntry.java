package org.povertyexit.monitor.service.web.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.povertyexit.monitor.parameter.DatedValue;
import org.povertyexit.monitor.parameter.EffectiveParameter;
import org.povertyexit.monitor.parameter.ParameterDefinition;
import org.povertyexit.monitor.rules.RuleInfo;

/**
 * A parameter as its page shows it: its definition, every dated value (the defaults, then the values scoped
 * to counties) with the day it ended and whether it is in force today (or was one a run used), and the rules
 * that name it.
 */
public record ParameterEntry(ParameterDefinition definition, List<Value> values, List<Use> usedBy,
                             EffectiveParameter used, List<EffectiveParameter> usedScoped) {

    /** A dated value, the last day it held (null: still holds), and which value it is for the reader. */
    public record Value(DatedValue dated, LocalDate until, boolean inForce, boolean usedByRun) {
    }

    /** A rule that names the parameter, and where the rules page shows it. */
    public record Use(String rule, String criterion, String evidence, String href) {
    }

    /**
     * {@code used}: the default a run used and {@code usedScoped} the values it used in some counties
     * instead (null and none when no run is shown).
     */
    static ParameterEntry of(ParameterDefinition definition, LocalDate today, List<RuleInfo> rules,
                             EffectiveParameter used, List<EffectiveParameter> usedScoped, String runId) {
        List<Value> values = new ArrayList<>();
        // the defaults first, then the local policies, each by date
        for (DatedValue value : definition.values().stream()
                .sorted(Comparator.comparing(DatedValue::scoped)).toList()) {
            values.add(new Value(value, definition.until(value), inForceOn(definition, value, today),
                    usedByRun(value, used, usedScoped)));
        }
        List<Use> usedBy = rules.stream().map(rule -> new Use(rule.name(), rule.criterion(), rule.evidence(),
                RuleLinks.rule(rule.file(), rule.name(), runId))).toList();
        return new ParameterEntry(definition, values, usedBy, used, usedScoped);
    }

    /** A default in force today, or a scoped value that one of its counties takes today. */
    private static boolean inForceOn(ParameterDefinition definition, DatedValue value, LocalDate day) {
        if (!value.scoped()) {
            return definition.valueOn(day).orElse(null) == value;
        }
        return value.counties().stream().anyMatch(county -> definition.valueOn(day, county).orElse(null) == value);
    }

    private static boolean usedByRun(DatedValue value, EffectiveParameter used, List<EffectiveParameter> scoped) {
        if (!value.scoped()) {
            return used != null && !used.overridden() && value.from().equals(used.effectiveFrom());
        }
        return scoped.stream().anyMatch(local -> !local.overridden() && value.from().equals(local.effectiveFrom())
                && local.counties().stream().anyMatch(value::appliesTo));
    }

    /** Whether any value is scoped to counties (the table then shows where each applies). */
    public boolean hasLocalValues() {
        return values.stream().anyMatch(value -> value.dated().scoped());
    }

    /** Which tree of the parameters it belongs to: the first part of its name. */
    public String tree() {
        String name = definition.name();
        return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    }
}
