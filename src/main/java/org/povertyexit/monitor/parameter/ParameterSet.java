package org.povertyexit.monitor.parameter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.povertyexit.monitor.Hashes;

/**
 * The parameter values one evaluation uses, by name: the default of each parameter and the values scoped
 * to counties (local policies) that replace it there. The rules of a county see {@link #forCounty}; the
 * version is the hash of all of them.
 */
public final class ParameterSet {

    private final Map<String, EffectiveParameter> defaults;
    /** By parameter, then county: the value the county takes instead of the default, with every county it covers. */
    private final Map<String, Map<String, EffectiveParameter>> scoped;

    /**
     * {@code local}: by parameter, then county, the value that county takes instead of the default (its
     * {@code counties} is ignored: counties that take the same value are grouped here).
     */
    ParameterSet(Map<String, EffectiveParameter> defaults, Map<String, Map<String, EffectiveParameter>> local) {
        this.defaults = new TreeMap<>(defaults);
        this.scoped = grouped(local);
    }

    /** The values a run used, as it stored them ({@link #all}). */
    public static ParameterSet of(Collection<EffectiveParameter> values) {
        Map<String, EffectiveParameter> defaults = new TreeMap<>();
        Map<String, Map<String, EffectiveParameter>> local = new TreeMap<>();
        for (EffectiveParameter value : values) {
            if (value.scoped()) {
                value.counties().forEach(county -> local.computeIfAbsent(value.name(), name -> new TreeMap<>())
                        .put(county, value));
            } else {
                defaults.put(value.name(), value);
            }
        }
        return new ParameterSet(defaults, local);
    }

    /** Every value as a run stores it: the defaults by name, then the scoped values by name and first county. */
    public List<EffectiveParameter> all() {
        List<EffectiveParameter> all = new ArrayList<>(defaults.values());
        all.addAll(scoped());
        return all;
    }

    /** The default of each parameter, by name. */
    public Collection<EffectiveParameter> defaults() {
        return defaults.values();
    }

    /** The values scoped to counties, each once with every county it covers, by name and first county. */
    public List<EffectiveParameter> scoped() {
        List<EffectiveParameter> values = new ArrayList<>();
        scoped.values().forEach(byCounty -> byCounty.values().stream().distinct().forEach(values::add));
        return values;
    }

    /** The scoped values of one parameter (none: the default applies everywhere). */
    public List<EffectiveParameter> scoped(String name) {
        return scoped.getOrDefault(name, Map.of()).values().stream().distinct().toList();
    }

    /**
     * The values that apply in {@code county}: each parameter's value scoped to it, else the default. A set
     * without scoped values of its own, for the rules of that county's session and for its thresholds.
     */
    public ParameterSet forCounty(String county) {
        if (scoped.isEmpty()) {
            return this;
        }
        Map<String, EffectiveParameter> applied = new TreeMap<>(defaults);
        scoped.forEach((name, byCounty) -> {
            EffectiveParameter local = byCounty.get(county);
            if (local != null) {
                applied.put(name, local);
            }
        });
        return new ParameterSet(applied, Map.of());
    }

    /** The defaults as rule facts: for a county's session take {@code forCounty(code).facts()}. */
    public List<Parameter> facts() {
        return defaults.values().stream().map(EffectiveParameter::fact).toList();
    }

    public EffectiveParameter get(String name) {
        return defaults.get(name);
    }

    public BigDecimal value(String name) {
        EffectiveParameter parameter = defaults.get(name);
        if (parameter == null) {
            throw new IllegalArgumentException("unknown parameter " + name);
        }
        return parameter.value();
    }

    public boolean has(String name) {
        return defaults.containsKey(name);
    }

    /**
     * A copy with some values replaced (a scenario); every name must exist. An override without counties
     * replaces the parameter everywhere, its scoped values included; one with counties then replaces it in
     * those counties alone, whatever the order the overrides came in.
     */
    public ParameterSet withOverrides(List<ParameterOverride> overrides) {
        Map<String, EffectiveParameter> newDefaults = new TreeMap<>(defaults);
        Map<String, Map<String, EffectiveParameter>> local = new TreeMap<>();
        scoped.forEach((name, byCounty) -> local.put(name, new TreeMap<>(byCounty)));
        for (ParameterOverride override : overrides) {
            EffectiveParameter current = known(override.name());
            if (!override.scoped()) {
                newDefaults.put(override.name(), current.overriddenWith(override.value()));
                local.remove(override.name());
            }
        }
        for (ParameterOverride override : overrides) {
            if (override.scoped()) {
                EffectiveParameter value = known(override.name()).overriddenWith(override.value());
                override.counties().forEach(county -> local.computeIfAbsent(override.name(),
                        name -> new TreeMap<>()).put(county, value));
            }
        }
        return new ParameterSet(newDefaults, local);
    }

    /**
     * Hash of the effective values: name=value lines sorted by name, then, when some values are scoped,
     * name@county=value lines sorted by name and county. Equal values, equal version; a set without scoped
     * values hashes as sets did before there were any.
     */
    public String version() {
        StringBuilder lines = new StringBuilder();
        defaults.values().forEach(p -> lines.append(p.name()).append('=').append(plain(p.value())).append('\n'));
        scoped.forEach((name, byCounty) -> byCounty.forEach((county, p) -> lines.append(name).append('@')
                .append(county).append('=').append(plain(p.value())).append('\n')));
        return Hashes.sha256(lines.toString());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private EffectiveParameter known(String name) {
        EffectiveParameter current = defaults.get(name);
        if (current == null) {
            throw new IllegalArgumentException("unknown parameter " + name);
        }
        return current;
    }

    /**
     * Each county's value with the list of every county that takes the same one (by name, counties sorted),
     * so that a value shows its whole scope and is stored once.
     */
    private static Map<String, Map<String, EffectiveParameter>> grouped(
            Map<String, Map<String, EffectiveParameter>> local) {
        Map<String, Map<String, EffectiveParameter>> grouped = new TreeMap<>();
        local.forEach((name, byCounty) -> {
            if (byCounty.isEmpty()) {
                return;
            }
            Map<EffectiveParameter, List<String>> counties = new LinkedHashMap<>();
            new TreeMap<>(byCounty).forEach((county, value) -> counties.computeIfAbsent(value.scopedTo(null),
                    v -> new ArrayList<>()).add(county));
            Map<String, EffectiveParameter> withScope = new TreeMap<>();
            counties.forEach((value, listed) -> {
                EffectiveParameter scopedValue = value.scopedTo(listed);
                listed.forEach(county -> withScope.put(county, scopedValue));
            });
            grouped.put(name, withScope);
        });
        return grouped;
    }
}
