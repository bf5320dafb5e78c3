package org.povertyexit.monitor.service.web.whatif;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.util.MultiValueMap;

/**
 * The scenario form as posted: a name, a new value for some parameters, rows of fact changes. It becomes the
 * scenario input of report-format.md, which the scenario reader checks as it checks any posted scenario:
 * the form refuses almost nothing itself, so the problems are the reader's, located by their JSON path,
 * and the page puts each beside the input it came from.
 */
public record ScenarioForm(String name, Map<String, String> overrides, List<ChangeRow> changes) {

    /** A parameter's input is named {@code override.household.poverty_line}. */
    static final String OVERRIDE = "override.";
    static final int MAX_ROWS = 50;
    /** The name a scenario gets when none is typed is made of what it changes, cut to this length. */
    private static final int NAME_LENGTH = 200;
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** The scenario text to post, and the form row each of its {@code changes} came from. */
    record Posted(String text, List<Integer> rowOfChange, boolean changesNothing) {
    }

    public ScenarioForm {
        name = name == null ? "" : name.strip();
        overrides = new TreeMap<>(overrides);
        changes = List.copyOf(changes);
    }

    static ScenarioForm blank() {
        return new ScenarioForm("", Map.of(), List.of(ChangeRow.blank()));
    }

    static ScenarioForm from(MultiValueMap<String, String> params) {
        Map<String, String> overrides = new TreeMap<>();
        params.forEach((key, values) -> {
            if (key.startsWith(OVERRIDE) && !values.isEmpty()) {
                overrides.put(key.substring(OVERRIDE.length()), values.get(0).strip());
            }
        });
        return new ScenarioForm(params.getFirst("name"), overrides, ChangeRow.from(params, MAX_ROWS));
    }

    /** What was typed for the parameter (empty: left as it is). */
    public String override(String parameter) {
        return overrides.getOrDefault(parameter, "");
    }

    /** The rows as the page shows them again: at least one, so there is always a row to fill in. */
    public List<ChangeRow> rows() {
        return changes.isEmpty() ? List.of(ChangeRow.blank()) : changes;
    }

    Posted post() {
        ObjectNode root = ChangeRow.NODES.objectNode();
        ObjectNode parameters = ChangeRow.NODES.objectNode();
        List<String> described = new ArrayList<>();
        overrides.forEach((parameter, value) -> {
            if (!value.isEmpty()) {
                parameters.set(parameter, ChangeRow.number(value));
                described.add(parameter + "=" + value);
            }
        });
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
                    described.isEmpty());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers is always JSON", e);
        }
    }
}
