package org.povertyexit.monitor.parameter;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.povertyexit.monitor.rules.RuleSource;

/**
 * The parameter files under {@code rules/parameters/}, one YAML file per parameter, named by its path:
 * {@code household/poverty_line.yaml} is {@code household.poverty_line} (OpenFisca's parameter tree).
 * A dated value may list {@code counties}: a local policy that applies there instead of the default.
 */
public final class ParameterTree {

    private record ParameterFile(String description, String unit, String documentation, List<FileValue> values) {
    }

    /** A value as written; {@code counties} is checked by hand, so that a number or an empty list is refused. */
    private record FileValue(LocalDate from, BigDecimal value, String source, boolean verified, String note,
                             JsonNode counties) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, ParameterDefinition> definitions;

    private ParameterTree(Map<String, ParameterDefinition> definitions) {
        this.definitions = definitions;
    }

    /** Parameter files by path relative to {@code parameters/}, as {@link RuleSource#under} gives them. */
    public static ParameterTree load(Map<String, String> files) {
        Map<String, ParameterDefinition> definitions = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        files.forEach((relative, text) -> {
            String name = relative.substring(0, relative.length() - ".yaml".length()).replace('/', '.');
            String file = "parameters/" + relative;
            try {
                ParameterFile parsed = YAML.readValue(text, ParameterFile.class);
                if (parsed == null || parsed.values() == null || parsed.values().isEmpty()) {
                    problems.add(file + ": no values");
                    return;
                }
                List<DatedValue> values = new ArrayList<>();
                int before = problems.size();
                for (int i = 0; i < parsed.values().size(); i++) {
                    FileValue value = parsed.values().get(i);
                    if (value == null || value.from() == null || value.value() == null) {
                        problems.add(file + ": every value needs 'from' and 'value'");
                        continue;
                    }
                    List<String> counties = counties(value.counties(), file + ": values[" + i + "].counties",
                            problems);
                    values.add(new DatedValue(value.from(), value.value(), value.source(), value.verified(),
                            value.note(), counties));
                }
                if (problems.size() == before) {
                    checkScopes(file, values, problems);
                }
                definitions.put(name, new ParameterDefinition(name, parsed.description(), parsed.unit(),
                        parsed.documentation(), file, values));
            } catch (IOException e) {
                problems.add(file + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad parameter file(s):\n  " + String.join("\n  ", problems));
        }
        return new ParameterTree(definitions);
    }

    /** The county codes a value is scoped to (null: none given, the default), or null with a problem told. */
    private static List<String> counties(JsonNode node, String at, List<String> problems) {
        if (node == null) {
            return null;
        }
        if (!node.isArray() || node.isEmpty()) {
            problems.add(at + ": give a list of at least one county code, e.g. ['640303'] "
                    + "(leave 'counties' out for the default)");
            return null;
        }
        List<String> counties = new ArrayList<>();
        for (JsonNode county : node) {
            if (!county.isTextual() || county.asText().isBlank()) {
                problems.add(at + ": " + county + " is not a county code in quotes, e.g. '640303'");
            } else if (counties.contains(county.asText())) {
                problems.add(at + ": county " + county.asText() + " is listed twice");
            } else {
                counties.add(county.asText());
            }
        }
        return counties;
    }

    /** A default to fall back on, and at most one value per county and date. */
    private static void checkScopes(String file, List<DatedValue> values, List<String> problems) {
        if (values.stream().allMatch(DatedValue::scoped)) {
            problems.add(file + ": every value lists counties; give a value without counties, the default "
                    + "for every other county");
        }
        Set<String> seen = new HashSet<>();
        for (DatedValue value : values) {
            for (String county : value.scoped() ? value.counties() : List.<String>of()) {
                if (!seen.add(county + " " + value.from())) {
                    problems.add(file + ": county " + county + " has two values from " + value.from());
                }
            }
        }
    }

    public Map<String, ParameterDefinition> definitions() {
        return definitions;
    }

    /**
     * The values in force on {@code date}: each parameter's default, which must have a value by then (else
     * an error), and for each county a value is scoped to, the one it takes if it is not the default.
     */
    public ParameterSet effectiveOn(LocalDate date) {
        Map<String, EffectiveParameter> defaults = new TreeMap<>();
        Map<String, Map<String, EffectiveParameter>> local = new TreeMap<>();
        for (ParameterDefinition definition : definitions.values()) {
            DatedValue value = definition.valueOn(date).orElseThrow(() -> new IllegalStateException(
                    "parameter " + definition.name() + " has no value in force on " + date));
            defaults.put(definition.name(), effective(definition, value));
            for (String county : definition.counties()) {
                definition.valueOn(date, county).filter(DatedValue::scoped).ifPresent(scoped -> local
                        .computeIfAbsent(definition.name(), name -> new TreeMap<>())
                        .put(county, effective(definition, scoped)));
            }
        }
        return new ParameterSet(defaults, local);
    }

    private static EffectiveParameter effective(ParameterDefinition definition, DatedValue value) {
        return new EffectiveParameter(definition.name(), value.value(), definition.unit(), value.from(),
                value.source(), value.verified(), false, definition.file(), null);
    }
}
