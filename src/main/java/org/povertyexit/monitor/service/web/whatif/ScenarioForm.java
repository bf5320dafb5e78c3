package org.povertyexit.monitor.service.web.whatif;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The scenario form as posted: a name, a new value for some parameters (each in every county, or in the
 * counties typed beside it), rows of fact changes. It becomes the scenario input of report-format.md,
 * which the scenario reader checks as it checks any posted scenario: the form refuses almost nothing
 * itself, so the problems are the reader's, located by their JSON path, and the page puts each beside the
 * input it came from.
 */
public record ScenarioForm(String name, Map<String, String> overrides, Map<String, String> scopes,
                           List<ChangeRow> changes) {

    /** A parameter's input is named {@code override.household.poverty_line}. */
    static final String OVERRIDE = "override.";
    /** The counties its new value is for, {@code scope.household.poverty_line} (empty: every county). */
    static final String SCOPE = "scope.";
    /** County codes as typed: apart by commas (either width), semicolons or spaces. */
    private static final Pattern CODES = Pattern.compile("[,，;；\\s]+");
    static final int MAX_ROWS = 50;
    /** The name a scenario gets when none is typed is made of what it changes, cut to this length. */
    private static final int NAME_LENGTH = 200;
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /**
     * The scenario text to post, the form row each of its {@code changes} came from, and the parameter each
     * entry of {@code parameters} came from when they are posted as a list (some scoped to counties).
     */
    record Posted(String text, List<Integer> rowOfChange, List<String> parameterAt, boolean changesNothing) {
    }

    public ScenarioForm {
        name = name == null ? "" : name.strip();
        overrides = new TreeMap<>(overrides);
        scopes = new TreeMap<>(scopes);
        changes = List.copyOf(changes);
    }

    static ScenarioForm blank() {
        return new ScenarioForm("", Map.of(), Map.of(), List.of(ChangeRow.blank()));
    }

    static ScenarioForm from(MultiValueMap<String, String> params) {
        return new ScenarioForm(params.getFirst("name"), inputs(params, OVERRIDE), inputs(params, SCOPE),
                ChangeRow.from(params, MAX_ROWS));
    }

    /** The inputs named {@code prefix + parameter}, by parameter, as typed (stripped). */
    private static Map<String, String> inputs(MultiValueMap<String, String> params, String prefix) {
        Map<String, String> inputs = new TreeMap<>();
        params.forEach((key, values) -> {
            if (key.startsWith(prefix) && !values.isEmpty()) {
                inputs.put(key.substring(prefix.length()), values.get(0).strip());
            }
        });
        return inputs;
    }

    /** What was typed for the parameter (empty: left as it is). */
    public String override(String parameter) {
        return overrides.getOrDefault(parameter, "");
    }

    /** The counties typed for the parameter's new value (empty: every county). */
    public String scope(String parameter) {
        return scopes.getOrDefault(parameter, "");
    }

    /** The rows as the page shows them again: at least one, so there is always a row to fill in. */
    public List<ChangeRow> rows() {
        return changes.isEmpty() ? List.of(ChangeRow.blank()) : changes;
    }

    Posted post() {
        ObjectNode root = ChangeRow.NODES.objectNode();
        List<String> described = new ArrayList<>();
        List<String> parameterAt = new ArrayList<>();
        JsonNode parameters = parameters(described, parameterAt);
        ArrayNode list = ChangeRow.NODES.arrayNode();
        List<Integer> rowOfChange = new ArrayList<>();
        for (int row = 0; row < changes.size(); row++) {
            if (!changes.get(row).isBlank()) {
                list.add(changes.get(row).json());
                rowOfChange.add(row);
                described.add(changes.get(row).describe());
            }
        }
        String given = name.isEmpty() ? String.join("; ", described) : name;
        root.put("name", given.length() <= NAME_LENGTH ? given : given.substring(0, NAME_LENGTH - 1) + "…");
        root.set("parameters", parameters);
        root.set("changes", list);
        try {
            return new Posted(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), List.copyOf(rowOfChange),
                    List.copyOf(parameterAt), described.isEmpty());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers is always JSON", e);
        }
    }

    /**
     * The new values: an object of name to value, as before scopes existed, while none is scoped; else a list
     * of {@code {name, value, counties?}} (with {@code parameterAt} naming each entry's parameter).
     */
    private JsonNode parameters(List<String> described, List<String> parameterAt) {
        Map<String, String> given = new TreeMap<>(overrides);
        given.values().removeIf(String::isEmpty);
        boolean scoped = given.keySet().stream().anyMatch(parameter -> !scope(parameter).isEmpty());
        ObjectNode byName = ChangeRow.NODES.objectNode();
        ArrayNode list = ChangeRow.NODES.arrayNode();
        given.forEach((parameter, value) -> {
            List<String> counties = scope(parameter).isEmpty() ? List.of()
                    : List.of(CODES.split(scope(parameter))).stream().filter(code -> !code.isEmpty()).toList();
            described.add(parameter + "=" + value + (counties.isEmpty() ? "" : " @" + String.join(",", counties)));
            if (!scoped) {
                byName.set(parameter, ChangeRow.number(value));
                return;
            }
            ObjectNode entry = list.addObject();
            entry.put("name", parameter);
            entry.set("value", ChangeRow.number(value));
            if (!counties.isEmpty()) {
                counties.forEach(entry.putArray("counties")::add);
            }
            parameterAt.add(parameter);
        });
        return scoped ? list : byName;
    }
}
