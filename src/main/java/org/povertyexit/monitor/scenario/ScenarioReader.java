package org.povertyexit.monitor.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.parameter.ParameterOverride;

/**
 * Reads a scenario's JSON and checks everything that does not need the facts: keys, parameter names,
 * levels, field names, value types. Every problem is collected (not just the first), each located by
 * its JSON path: {@code parameters.household.poverty_lin}, {@code parameters[1].counties},
 * {@code changes[2].where.villageCod}.
 */
public final class ScenarioReader {

    private static final Set<String> TOP_KEYS = Set.of("name", "description", "parameters", "changes");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final Set<String> parameterNames;

    /** {@code parameterNames}: the parameters a scenario may override (the rules' parameter tree). */
    public ScenarioReader(Set<String> parameterNames) {
        this.parameterNames = Set.copyOf(parameterNames);
    }

    public Scenario read(Path file) throws IOException, InvalidScenarioException {
        String source = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InvalidScenarioException(List.of(InputError.error(source, null, null, null, "no such file")));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(source, in);
        }
    }

    public Scenario read(String source, InputStream json) throws IOException, InvalidScenarioException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InvalidScenarioException(List.of(InputError.error(source, at == null ? null : at.getLineNr(),
                    null, null, "not valid JSON: " + e.getOriginalMessage())));
        }
        return read(source, root);
    }

    public Scenario read(String source, JsonNode root) throws InvalidScenarioException {
        Problems problems = new Problems(source);
        if (root == null || root.isMissingNode() || !root.isObject()) {
            problems.add(null, null, "a scenario is a JSON object with name, parameters and changes");
            throw problems.exception();
        }
        root.fieldNames().forEachRemaining(key -> {
            if (!TOP_KEYS.contains(key)) {
                problems.add(key, null, "unknown key (expected name, description, parameters, changes)");
            }
        });
        String name = root.path("name").isValueNode() ? root.path("name").asText() : source;
        List<ParameterOverride> parameters = new OverrideReader(parameterNames::contains, problems)
                .read(root.path("parameters"));
        List<FactChange> changes = new ArrayList<>();
        JsonNode list = root.path("changes");
        if (!list.isMissingNode() && !list.isArray()) {
            problems.add("changes", null, "must be an array of changes");
        }
        ChangeReader changeReader = new ChangeReader(problems);
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            FactChange change = changeReader.read(i, list.get(i));
            if (change != null) {
                changes.add(change);
            }
        }
        if (problems.any()) {
            throw problems.exception();
        }
        return new Scenario(name, source, parameters, changes);
    }

    /** The problems of one scenario input, located in its source. */
    static final class Problems implements OverrideReader.Problems {
        private final String source;
        private final List<InputError> errors = new ArrayList<>();

        Problems(String source) {
            this.source = source;
        }

        @Override
        public void add(String path, String value, String reason) {
            errors.add(InputError.error(source, null, path, value, reason));
        }

        boolean any() {
            return !errors.isEmpty();
        }

        int count() {
            return errors.size();
        }

        InvalidScenarioException exception() {
            return new InvalidScenarioException(errors);
        }
    }
}
