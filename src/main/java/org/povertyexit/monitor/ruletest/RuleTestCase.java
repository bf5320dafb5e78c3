package org.povertyexit.monitor.ruletest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One case of a rule test file in {@code rules/tests/}: the facts (merged over the file's and the
 * folder's defaults), optional parameter overrides, and what the report must say.
 */
public record RuleTestCase(String file, String name, ObjectNode dataset, Map<String, java.math.BigDecimal> parameters,
                           JsonNode expect) {

    public String displayName() {
        return file + ": " + name;
    }
}
