package org.povertyexit.monitor.ruletest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.ReportJson;

/**
 * Runs rule test cases through the real path (JSON loading and validation, the rules, the report)
 * and compares only what each case states: a listed field must equal, lists compare as sets,
 * numbers by value; expected remediation items must each be present.
 */
public final class RuleTestRunner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ExitAssessment assessment;

    public RuleTestRunner(ExitAssessment assessment) {
        this.assessment = assessment;
    }

    public List<RuleTestResult> runAll() throws IOException {
        List<RuleTestResult> results = new ArrayList<>();
        for (RuleTestCase testCase : RuleTestFiles.read(assessment.source().under("tests"))) {
            results.add(run(testCase));
        }
        return results;
    }

    public RuleTestResult run(RuleTestCase testCase) throws IOException {
        Dataset dataset;
        try {
            dataset = new DatasetLoader().loadJson(testCase.displayName(),
                    new ByteArrayInputStream(JSON.writeValueAsBytes(testCase.dataset())));
        } catch (InvalidDatasetException e) {
            return new RuleTestResult(testCase, e.errors().stream().map(error -> "invalid facts: " + error).toList());
        }
        Report report;
        try {
            report = assessment.assess(dataset,
                    assessment.parametersFor(dataset.meta()).withOverrides(testCase.parameters()));
        } catch (IllegalArgumentException e) {
            return new RuleTestResult(testCase, List.of(e.getMessage()));
        }
        JsonNode actual = ReportJson.MAPPER.valueToTree(report);
        List<String> mismatches = new ArrayList<>();
        compareEntities(testCase.expect().path("households"), actual.path("households"), "id", mismatches);
        compareEntities(testCase.expect().path("villages"), actual.path("villages"), "code", mismatches);
        compareEntities(testCase.expect().path("counties"), actual.path("counties"), "code", mismatches);
        compareRemediation(testCase.expect().path("remediation"), actual.path("remediation"), mismatches);
        if (testCase.expect().isMissingNode() || testCase.expect().isEmpty()) {
            mismatches.add("the case expects nothing: add an expect section");
        }
        return new RuleTestResult(testCase, mismatches);
    }

    private static void compareEntities(JsonNode expected, JsonNode actualList, String idField, List<String> out) {
        Iterator<Map.Entry<String, JsonNode>> entities = expected.fields();
        while (entities.hasNext()) {
            Map.Entry<String, JsonNode> entity = entities.next();
            JsonNode actual = find(actualList, idField, entity.getKey());
            if (actual == null) {
                out.add(entity.getKey() + ": not in the report");
                continue;
            }
            compareFields(entity.getKey(), entity.getValue(), actual, out);
        }
    }

    private static void compareFields(String where, JsonNode expected, JsonNode actual, List<String> out) {
        expected.fields().forEachRemaining(field -> {
            JsonNode value = actual.get(field.getKey());
            if (field.getValue().isObject() && value != null && value.isObject()) {
                compareFields(where + "." + field.getKey(), field.getValue(), value, out);
            } else if (!same(field.getValue(), value)) {
                out.add(where + "." + field.getKey() + ": expected " + field.getValue() + ", got " + value);
            }
        });
    }

    private static void compareRemediation(JsonNode expected, JsonNode actual, List<String> out) {
        for (JsonNode item : expected) {
            boolean found = false;
            for (JsonNode candidate : actual) {
                List<String> differences = new ArrayList<>();
                compareFields("", item, candidate, differences);
                found |= differences.isEmpty();
            }
            if (!found) {
                out.add("remediation: no item matches " + item);
            }
        }
    }

    private static JsonNode find(JsonNode list, String idField, String id) {
        for (JsonNode node : list) {
            if (id.equals(node.path(idField).asText())) {
                return node;
            }
        }
        return null;
    }

    static boolean same(JsonNode expected, JsonNode actual) {
        if (actual == null || actual.isNull()) {
            return expected.isNull();
        }
        if (expected.isNumber() || actual.isNumber()) {
            return expected.isNumber() && actual.isNumber()
                    && expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isArray() && actual.isArray()) {
            TreeSet<String> want = new TreeSet<>();
            TreeSet<String> got = new TreeSet<>();
            expected.forEach(e -> want.add(e.asText()));
            actual.forEach(a -> got.add(a.asText()));
            return want.equals(got) && expected.size() == actual.size();
        }
        return expected.asText().equals(actual.asText());
    }
}
