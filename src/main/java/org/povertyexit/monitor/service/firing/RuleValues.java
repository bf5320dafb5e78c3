package org.povertyexit.monitor.service.firing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.runtime.rule.Match;

/** The values a firing's rule bound ({@code $income}, {@code $line}, ...), as a small JSON object of text. */
final class RuleValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleValues() {
    }

    static String json(Match match, List<Object> facts) {
        Map<String, String> values = new TreeMap<>();
        for (String id : match.getDeclarationIds()) {
            values.put(id, FactDescription.value(match.getDeclarationValue(id), facts));
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rule values cannot be written", e);
        }
    }
}
