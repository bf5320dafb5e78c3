package org.povertyexit.monitor.ruletest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        Map<String, BigDecimal> parameters = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> overrides = testCase.path("parameters").fields();
        while (overrides.hasNext()) {
            Map.Entry<String, JsonNode> override = overrides.next();
            if (!override.getValue().isNumber()) {
                throw new IOException(file + ", case \"" + name + "\": parameter " + override.getKey()
                        + " must be a number");
            }
            parameters.put(override.getKey(), override.getValue().decimalValue());
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
