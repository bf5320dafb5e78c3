package org.povertyexit.monitor.parameter;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.povertyexit.monitor.rules.RuleSource;

/**
 * The parameter files under {@code rules/parameters/}, one YAML file per parameter, named by its path:
 * {@code household/poverty_line.yaml} is {@code household.poverty_line} (OpenFisca's parameter tree).
 */
public final class ParameterTree {

    private record ParameterFile(String description, String unit, String documentation, List<DatedValue> values) {
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
            try {
                ParameterFile parsed = YAML.readValue(text, ParameterFile.class);
                if (parsed == null || parsed.values() == null || parsed.values().isEmpty()) {
                    problems.add("parameters/" + relative + ": no values");
                    return;
                }
                for (DatedValue value : parsed.values()) {
                    if (value.from() == null || value.value() == null) {
                        problems.add("parameters/" + relative + ": every value needs 'from' and 'value'");
                    }
                }
                definitions.put(name, new ParameterDefinition(name, parsed.description(), parsed.unit(),
                        parsed.documentation(), "parameters/" + relative, parsed.values()));
            } catch (IOException e) {
                problems.add("parameters/" + relative + ": "
                        + e.getMessage().lines().findFirst().orElse("unreadable"));
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad parameter file(s):\n  " + String.join("\n  ", problems));
        }
        return new ParameterTree(definitions);
    }

    public Map<String, ParameterDefinition> definitions() {
        return definitions;
    }

    /** The values in force on {@code date}; a parameter with no value yet by then is an error. */
    public ParameterSet effectiveOn(LocalDate date) {
        Map<String, EffectiveParameter> effective = new TreeMap<>();
        for (ParameterDefinition definition : definitions.values()) {
            DatedValue value = definition.valueOn(date).orElseThrow(() -> new IllegalStateException(
                    "parameter " + definition.name() + " has no value in force on " + date));
            effective.put(definition.name(), new EffectiveParameter(definition.name(), value.value(),
                    definition.unit(), value.from(), value.source(), value.verified(), false, definition.file()));
        }
        return new ParameterSet(effective);
    }
}
