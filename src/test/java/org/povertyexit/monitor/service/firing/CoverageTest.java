package org.povertyexit.monitor.service.firing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.ServiceTest;
import org.springframework.http.HttpStatus;

class CoverageTest extends ServiceTest {

    @Test
    void everyRuleOfTheRulesetIsCountedAndTheNeverFiredAreListed() {
        String run = uploadFixture();
        JsonNode coverage = get("/api/runs/" + run + "/coverage");

        long total = 0;
        for (JsonNode rule : coverage.get("coverage")) {
            assertThat(rule.get("file").asText()).endsWith(".drl");
            total += rule.get("firings").asLong();
        }
        assertThat(coverage.get("rules").asInt()).isEqualTo(coverage.get("coverage").size());
        assertThat(total).isEqualTo(coverage.get("firings").asLong())
                .isEqualTo(get("/api/runs/" + run + "/firings?size=1").get("total").asLong());
        List<String> never = new java.util.ArrayList<>();
        coverage.get("neverFired").forEach(name -> never.add(name.asText()));
        // the income check fires only where it fails (H0001); its evidence only when a household is explained,
        // never in a run, so it is not counted among the rules that never fired; a run explains its counties
        assertThat(firings(coverage, "H-INCOME per-capita net income above the poverty line")).isEqualTo(1);
        assertThat(firings(coverage, "H-INCOME evidence")).isZero();
        assertThat(never).doesNotContain("H-INCOME evidence");
        assertThat(firings(coverage, "C-INCIDENCE evidence")).isPositive();
        assertThat(firings(coverage, "Registered household failing an exit criterion counts as projected poor"))
                .isPositive();
        for (String name : never) {
            assertThat(firings(coverage, name)).isZero();
        }
        long evidenceRulesAtZero = 0;
        for (JsonNode rule : coverage.get("coverage")) {
            evidenceRulesAtZero += rule.has("evidence") && rule.get("firings").asLong() == 0 ? 1 : 0;
        }
        assertThat(evidenceRulesAtZero).isPositive();
        assertThat(coverage.get("rulesFired").asInt() + never.size() + evidenceRulesAtZero)
                .isEqualTo(coverage.get("rules").asInt());
    }

    @Test
    void firingsAreFilteredAndPaged() {
        String run = uploadFixture();
        JsonNode income = get("/api/runs/" + run + "/firings?criterion=H-INCOME");
        assertThat(income.get("total").asLong()).isEqualTo(1);
        assertThat(income.get("firings").findValuesAsText("entityId")).containsExactly("H0001");
        assertThat(get("/api/runs/" + run + "/firings?criterion=H-INCOME&county=640422").get("total").asLong())
                .isEqualTo(1);
        assertThat(http.getForEntity("/api/runs/" + run + "/firings?criterion=H-INCOME&county=000000", String.class)
                .getStatusCode().value()).isEqualTo(400);   // a county the run does not hold: a typo, named

        JsonNode household = get("/api/runs/" + run + "/firings?entity=H0001&size=1&page=1");
        assertThat(household.get("total").asLong()).isGreaterThan(1);
        assertThat(household.get("firings").size()).isEqualTo(1);
        assertThat(household.get("firings").findValuesAsText("entityId")).containsOnly("H0001");
        String projectedPoor = "Registered household failing an exit criterion counts as projected poor";
        JsonNode byRule = get("/api/runs/" + run + "/firings?rule=" + projectedPoor);
        assertThat(byRule.get("firings").findValuesAsText("rule")).isNotEmpty().containsOnly(projectedPoor);
        assertThat(http.getForEntity("/api/runs/" + run + "/firings?size=100000", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/runs/no-such-run/coverage", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static long firings(JsonNode coverage, String rule) {
        for (JsonNode entry : coverage.get("coverage")) {
            if (entry.get("name").asText().equals(rule)) {
                return entry.get("firings").asLong();
            }
        }
        throw new AssertionError("no rule " + rule);
    }
}
