package org.povertyexit.monitor.service.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.rules.RuleInfo;
import org.povertyexit.monitor.service.firing.FiringRecord;
import org.povertyexit.monitor.service.web.drill.EntityPage;
import org.povertyexit.monitor.service.web.policy.RuleLinks;

/**
 * A firing as the search shows it: the record as stored, with where its rule, entity and parameter are shown,
 * its level as an enum for its label, and the facts and values it matched unpacked from their stored text.
 */
public record ShownFiring(FiringRecord firing, String ruleHref, String entityHref, String parameterHref, Level level,
                          List<String> facts, Map<String, String> values) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code rules}: the rules of the run's rule set, by name. */
    static ShownFiring of(FiringRecord firing, String runId, Map<String, RuleInfo> rules) {
        RuleInfo rule = rules.get(firing.rule());
        Level level = firing.level() == null ? null : Level.valueOf(firing.level());
        String entity = level == null || firing.entityId() == null ? null
                : EntityPage.address(runId, level, firing.entityId());
        List<String> facts = firing.facts() == null || firing.facts().isEmpty() ? List.of()
                : Arrays.asList(firing.facts().split(","));
        String parameter = firing.parameter() == null ? null : RuleLinks.parameter(firing.parameter(), runId);
        return new ShownFiring(firing, RuleLinks.rule(rule == null ? null : rule.file(), firing.rule(), runId),
                entity, parameter, level, facts, values(firing.values()));
    }

    private static Map<String, String> values(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            // the trail keeps a JSON object of text here; anything else is shown as it was stored
            return Map.of("", json);
        }
    }
}
