package org.povertyexit.monitor.ruletest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.povertyexit.monitor.parameter.ParameterOverride;

/**
 * One case of a rule test file in {@code rules/tests/}: the facts (merged over the file's and the
 * folder's defaults), optional parameter overrides (in every county or in some), and what the report must say.
 */
public record RuleTestCase(String file, String name, ObjectNode dataset, List<ParameterOverride> parameters,
                           JsonNode expect) {

    public String displayName() {
        return file + ": " + name;
    }
}
