package org.povertyexit.monitor.parameter;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.povertyexit.monitor.Hashes;

/** The parameter values one evaluation uses, by name; its version is the hash of those values. */
public final class ParameterSet {

    private final Map<String, EffectiveParameter> byName;

    ParameterSet(Map<String, EffectiveParameter> byName) {
        this.byName = new TreeMap<>(byName);
    }

    /** The values a run used, as it stored them. */
    public static ParameterSet of(Collection<EffectiveParameter> values) {
        Map<String, EffectiveParameter> byName = new TreeMap<>();
        values.forEach(value -> byName.put(value.name(), value));
        return new ParameterSet(byName);
    }

    public Collection<EffectiveParameter> all() {
        return byName.values();
    }

    public List<Parameter> facts() {
        return byName.values().stream().map(EffectiveParameter::fact).toList();
    }

    public EffectiveParameter get(String name) {
        return byName.get(name);
    }

    public BigDecimal value(String name) {
        EffectiveParameter parameter = byName.get(name);
        if (parameter == null) {
            throw new IllegalArgumentException("unknown parameter " + name);
        }
        return parameter.value();
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** A copy with some values replaced (a scenario); every name must exist. */
    public ParameterSet withOverrides(Map<String, BigDecimal> overrides) {
        Map<String, EffectiveParameter> copy = new TreeMap<>(byName);
        overrides.forEach((name, value) -> {
            EffectiveParameter current = copy.get(name);
            if (current == null) {
                throw new IllegalArgumentException("unknown parameter " + name);
            }
            copy.put(name, current.overriddenWith(value));
        });
        return new ParameterSet(copy);
    }

    /** Hash of the effective values (name=value lines, sorted): equal values, equal version. */
    public String version() {
        StringBuilder lines = new StringBuilder();
        byName.values().forEach(p -> lines.append(p.name()).append('=')
                .append(p.value().stripTrailingZeros().toPlainString()).append('\n'));
        return Hashes.sha256(lines.toString());
    }
}
