package org.povertyexit.monitor.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.service.ServiceTest;
import org.povertyexit.monitor.service.ruleset.CurrentRules;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.RunRecorder;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.streaming.FactSource;
import org.springframework.beans.factory.annotation.Autowired;

class ReproduceTest extends ServiceTest {

    @Autowired
    private RunRecorder recorder;
    @Autowired
    private CurrentRules rules;

    @Test
    void aRunStoredBeforeRunsRecordedTheirCountiesEvidenceReproducesAsItWasMade() throws Exception {
        // stored as runs were before: no entity explained, so no evidence in the trail
        RunRecord old = recorder.record(new RunRecorder.Evaluation(rules.assessment().explainingNobody(),
                FactSource.of(new DatasetLoader(), Path.of("src/test/resources/service/two-counties.json")),
                List.of(), "two-counties.json", CountyScope.PROVINCE), TESTER, null);
        String county = get("/api/runs/" + old.id()).at("/counties/0/code").asText();
        JsonNode coverage = get("/api/runs/" + old.id() + "/coverage");
        for (JsonNode rule : coverage.get("coverage")) {
            if (rule.has("evidence")) {
                assertThat(rule.get("firings").asLong()).as(rule.toString()).isZero();
            }
        }

        JsonNode reproduced = http.postForObject("/api/runs/" + old.id() + "/reproduce", null, JsonNode.class);

        assertThat(reproduced.get("differences")).isEmpty();
        assertThat(reproduced.get("identical").asBoolean()).isTrue();
        // its counties are explained by a replay, as a newer run's are from its trail
        JsonNode why = get("/api/runs/" + old.id() + "/explain/county/" + county);
        assertThat(why.at("/replay/evidenceFrom").asText()).isEqualTo("replay");
        assertThat(why.at("/replay/matchesTrail").asBoolean()).isTrue();
        String recent = upload("two-counties.json", fixture("two-counties.json")).getBody().get("id").asText();
        JsonNode recorded = get("/api/runs/" + recent + "/explain/county/" + county);
        assertThat(recorded.at("/replay/evidenceFrom").asText()).isEqualTo("trail");
        assertThat(outcomes(recorded)).isEqualTo(outcomes(why)).anyMatch(outcome -> outcome.contains("passed"));
    }

    /** Each criterion as explained: code, passed or not, measured value and threshold. */
    private static List<String> outcomes(JsonNode why) {
        List<String> outcomes = new ArrayList<>();
        why.get("criteria").forEach(c -> outcomes.add(String.join(" ", c.get("criterion").asText(),
                c.get("passed").asBoolean() ? "passed" : "failed", c.path("measured").asText(),
                c.path("threshold").asText())));
        return outcomes;
    }

    @Test
    void aStoredRunReproducesIdenticallyAfterTheRulesFolderIsEdited() throws IOException {
        String run = uploadFixture();
        Path drl = RULES.resolve("household-criteria.drl");
        String originalDrl = Files.readString(drl);
        try {
            // a changed rule file (one that still passes the rule test cases, so it is put in force)
            Files.writeString(drl, originalDrl + "\n// edited after the run\n");
            JsonNode later = upload("two-households.json", fixture("two-households.json")).getBody();
            assertThat(later.get("rulesetVersion").asText()).isNotEqualTo(get("/api/runs/" + run)
                    .at("/run/rulesetVersion").asText());

            JsonNode reproduced = http.postForObject("/api/runs/" + run + "/reproduce", null, JsonNode.class);

            assertThat(reproduced.get("differences")).isEmpty();
            assertThat(reproduced.get("identical").asBoolean()).isTrue();
            assertThat(reproduced.get("firings").asLong()).isPositive();
        } finally {
            Files.writeString(drl, originalDrl);
        }
    }
}
