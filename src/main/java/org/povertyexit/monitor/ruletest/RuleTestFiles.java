package org.povertyexit.monitor.ruletest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.povertyexit.monitor.parameter.ParameterOverride;
import org.povertyexit.monitor.scenario.OverrideReader;

/**
 * Reads the rule test files a policy expert writes (YAML, in {@code rules/tests/}). A case states only
 * what matters to it: every entity is laid over a default one from {@code defaults.yaml}, which is a
 * household that passes every criterion, in a village and county that pass too.
 *
 * <pre>
 * cases:
 *   - name: income exactly on the line fails (超过 is strict)
 *     households: [{id: H1, wageIncome: 3747.00}]
 *     expect:
 *       households: {H1: {status: NOT_READY, failed: [H-INCOME]}}
 * </pre>
 *
 * <p>A case's {@code parameters} take the forms of a scenario's: {@code {household.poverty_line: 4000}}, or
 * a list of {@code {name, value, counties}} where {@code counties} scopes a value to some counties.
 */
public final class RuleTestFiles {

    static final String DEFAULTS = "defaults.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private RuleTestFiles() {
    }

    /** Every case of every file (by path relative to {@code tests/}), in file then case order. */
    public static List<RuleTestCase> read(Map<String, String> files) throws IOException {
        String defaultsText = files.get(DEFAULTS);
        if (defaultsText == null) {
            throw new IOException("rules/tests/" + DEFAULTS + " is missing: it holds the entities cases start from");
        }
        JsonNode folderDefaults = YAML.readTree(defaultsText);
        List<RuleTestCase> cases = new ArrayList<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            if (file.getKey().equals(DEFAULTS)) {
                continue;
            }
            JsonNode root;
            try {
                root = YAML.readTree(file.getValue());
            } catch (IOException e) {
                throw new IOException("rules/tests/" + file.getKey() + ": not valid YAML: "
                        + e.getMessage().lines().findFirst().orElse(""), e);
            }
            JsonNode defaults = merge(folderDefaults.deepCopy(), root.path("defaults"));
            for (JsonNode testCase : root.path("cases")) {
                cases.add(toCase("rules/tests/" + file.getKey(), testCase, defaults));
            }
        }
        return cases;
    }

    private static RuleTestCase toCase(String file, JsonNode testCase, JsonNode defaults) throws IOException {
        String name = testCase.path("name").asText("(unnamed)");
        ObjectNode dataset = JsonNodeFactory.instance.objectNode();
        dataset.set("meta", merge(defaults.path("meta").deepCopy(), testCase.path("meta")));
        dataset.set("counties", entities(testCase.path("counties"), defaults.path("county")));
        dataset.set("villages", entities(testCase.path("villages"), defaults.path("village")));
        ArrayNode households = entities(testCase.path("households"), defaults.path("household"));
        for (JsonNode household : households) {
            ArrayNode members = entities(household.path("members"), defaults.path("member"));
            for (int i = 0; i < members.size(); i++) {
                ObjectNode member = (ObjectNode) members.get(i);
                if (!member.hasNonNull("id")) {
                    // ids only matter for uniqueness here: derive them from the household's
                    member.put("id", household.path("id").asText() + "-" + (i + 1));
                }
            }
            ((ObjectNode) household).set("members", members);
        }
        dataset.set("households", households);
        // as a scenario gives them; their names are checked when the case runs, against the rules' tree
        List<String> problems = new ArrayList<>();
        List<ParameterOverride> parameters = new OverrideReader(parameter -> true,
                (path, value, reason) -> problems.add(path + (value == null ? "" : " " + value) + ": " + reason))
                .read(testCase.path("parameters"));
        if (!problems.isEmpty()) {
            throw new IOException(file + ", case \"" + name + "\": " + String.join("; ", problems));
        }
        return new RuleTestCase(file, name, dataset, parameters, testCase.path("expect"));
    }

    /** The given entities over the default one; none given means one default entity. */
    private static ArrayNode entities(JsonNode given, JsonNode template) {
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        if (!given.isArray() || given.isEmpty()) {
            result.add(template.deepCopy());
            return result;
        }
        for (JsonNode entity : given) {
            result.add(merge(template.deepCopy(), entity));
        }
        return result;
    }

    private static JsonNode merge(JsonNode base, JsonNode overlay) {
        if (base instanceof ObjectNode target && overlay.isObject()) {
            overlay.fields().forEachRemaining(field -> target.set(field.getKey(), field.getValue()));
            return target;
        }
        return base;
    }
}
