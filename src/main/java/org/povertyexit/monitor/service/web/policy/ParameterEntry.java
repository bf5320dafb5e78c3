package org.povertyexit.monitor.service.web.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.povertyexit.monitor.parameter.DatedValue;
import org.povertyexit.monitor.parameter.EffectiveParameter;
import org.povertyexit.monitor.parameter.ParameterDefinition;
import org.povertyexit.monitor.rules.RuleInfo;

/**
 * A parameter as its page shows it: its definition, every dated value with the day it ended and whether
 * it is in force today (or was the one a run used), and the rules that name it.
 */
public record ParameterEntry(ParameterDefinition definition, List<Value> values, List<Use> usedBy,
                             EffectiveParameter used) {

    /** A dated value, the last day it held (null: still holds), and which value it is for the reader. */
    public record Value(DatedValue dated, LocalDate until, boolean inForce, boolean usedByRun) {
    }

    /** A rule that names the parameter, and where the rules page shows it. */
    public record Use(String rule, String criterion, String evidence, String href) {
    }

    /** {@code used}: the value a run used (null when no run is shown). */
    static ParameterEntry of(ParameterDefinition definition, LocalDate today, List<RuleInfo> rules,
                             EffectiveParameter used, String runId) {
        DatedValue current = definition.valueOn(today).orElse(null);
        List<DatedValue> dated = definition.values();
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            DatedValue value = dated.get(i);
            LocalDate until = i + 1 < dated.size() ? dated.get(i + 1).from().minusDays(1) : null;
            boolean usedByRun = used != null && !used.overridden() && value.from().equals(used.effectiveFrom());
            values.add(new Value(value, until, value == current, usedByRun));
        }
        List<Use> usedBy = rules.stream().map(rule -> new Use(rule.name(), rule.criterion(), rule.evidence(),
                RuleLinks.rule(rule.file(), rule.name(), runId))).toList();
        return new ParameterEntry(definition, values, usedBy, used);
    }

    /** Which tree of the parameters it belongs to: the first part of its name. */
    public String tree() {
        String name = definition.name();
        return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    }
}
