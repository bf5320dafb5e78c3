package org.povertyexit.monitor.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.povertyexit.monitor.parameter.ParameterOverride;

/**
 * Reads the {@code parameters} of a scenario or a rule test case, in either form: an object of name to
 * number (every county), or a list of {@code {name, value, counties?}} entries, where {@code counties}
 * scopes the value to those counties. Each problem is told at its path ({@code parameters[1].counties}).
 */
public final class OverrideReader {

    /** Where a problem is told: the path in the input, the value found (or null), why it is refused. */
    @FunctionalInterface
    public interface Problems {
        void add(String path, String value, String reason);
    }

    private static final Set<String> KEYS = Set.of("name", "value", "counties");
    private static final String NO_SUCH = "no such parameter (see rules/parameters/, e.g. household.poverty_line)";

    private final Predicate<String> known;
    private final Problems problems;

    /** {@code known}: whether a parameter name exists (the rules' parameter tree). */
    public OverrideReader(Predicate<String> known, Problems problems) {
        this.known = known;
        this.problems = problems;
    }

    /** The overrides in the order given; none when the node is missing or null. */
    public List<ParameterOverride> read(JsonNode node) {
        List<ParameterOverride> overrides = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return overrides;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                String path = "parameters." + entry.getKey();
                if (!known.test(entry.getKey())) {
                    problems.add(path, null, NO_SUCH);
                } else if (!entry.getValue().isNumber()) {
                    problems.add(path, entry.getValue().toString(), "not a number");
                } else {
                    overrides.add(ParameterOverride.everywhere(entry.getKey(), entry.getValue().decimalValue()));
                }
            });
            return overrides;
        }
        if (!node.isArray()) {
            problems.add("parameters", null, "must be an object of parameter name to value, or a list of "
                    + "{name, value, counties}");
            return overrides;
        }
        Set<String> given = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            ParameterOverride override = entry("parameters[" + i + "]", node.get(i));
            if (override != null && once(override, "parameters[" + i + "]", given)) {
                overrides.add(override);
            }
        }
        return overrides;
    }

    private ParameterOverride entry(String path, JsonNode node) {
        if (!node.isObject()) {
            problems.add(path, node.toString(), "an override is an object {name, value, counties}");
            return null;
        }
        boolean fine = true;
        for (String key : (Iterable<String>) node::fieldNames) {
            if (!KEYS.contains(key)) {
                problems.add(path + "." + key, null, "unknown key (expected name, value, counties)");
                fine = false;
            }
        }
        JsonNode name = node.path("name");
        if (!name.isTextual()) {
            problems.add(path + ".name", name.isMissingNode() ? null : name.toString(), "give the parameter's name");
            fine = false;
        } else if (!known.test(name.asText())) {
            problems.add(path + ".name", name.asText(), NO_SUCH);
            fine = false;
        }
        JsonNode value = node.path("value");
        if (!value.isNumber()) {
            problems.add(path + ".value", value.isMissingNode() ? null : value.toString(), "not a number");
            fine = false;
        }
        List<String> counties = counties(path + ".counties", node.path("counties"));
        if (!fine || (counties == null && node.has("counties"))) {
            return null;
        }
        return new ParameterOverride(name.asText(), value.decimalValue(), counties);
    }

    /** The county codes (null: not given, every county), or null with a problem told. */
    private List<String> counties(String path, JsonNode node) {
        if (node.isMissingNode()) {
            return null;
        }
        if (!node.isArray() || node.isEmpty()) {
            problems.add(path, node.toString(), "give at least one county code, e.g. [\"640303\"] "
                    + "(leave counties out to override every county)");
            return null;
        }
        List<String> counties = new ArrayList<>();
        boolean fine = true;
        for (int i = 0; i < node.size(); i++) {
            JsonNode county = node.get(i);
            if (!county.isTextual() || county.asText().isBlank()) {
                problems.add(path + "[" + i + "]", county.toString(), "not a county code (text, e.g. \"640303\")");
                fine = false;
            } else if (counties.contains(county.asText())) {
                problems.add(path + "[" + i + "]", county.asText(), "county listed twice");
                fine = false;
            } else {
                counties.add(county.asText());
            }
        }
        return fine ? counties : null;
    }

    /** A parameter is given once for every county and once per county: a second value would hide the first. */
    private boolean once(ParameterOverride override, String path, Set<String> given) {
        List<String> keys = override.scoped()
                ? override.counties().stream().map(county -> override.name() + "@" + county).toList()
                : List.of(override.name());
        for (String key : keys) {
            if (!given.add(key)) {
                problems.add(path, override.name(), override.scoped()
                        ? "given twice for county " + key.substring(key.indexOf('@') + 1)
                        : "given twice for every county");
                return false;
            }
        }
        return true;
    }
}
