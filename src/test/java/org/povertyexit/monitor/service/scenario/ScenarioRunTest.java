package org.povertyexit.monitor.service.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.service.ServiceTest;
import org.povertyexit.monitor.service.run.CountyPartStore;
import org.povertyexit.monitor.service.run.StoredCountyFacts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Scenarios over REST on the two-household fixture. H0001 has a per-capita net income of
 * (4000 + 1000 + 500 - 300) / 2 = 2600 yuan, under the 2019 line of 3747; H0002 has 7500. A line of
 * 2500 therefore clears H0001's H-INCOME and nothing else; a line of 8000 adds H-INCOME to H0002.
 */
class ScenarioRunTest extends ServiceTest {

    @Autowired
    private StoredCountyFacts facts;
    @Autowired
    private CountyPartStore store;

    private static final String LINE_2500 = "{\"name\": \"line 2500\", \"parameters\": "
            + "{\"household.poverty_line\": 2500}}";
    private static final String LINE_8000 = "{\"name\": \"line 8000\", \"parameters\": "
            + "{\"household.poverty_line\": 8000}}";

    @Test
    void aScenarioOfParametersAloneTakesItsBaselinesFactsAsTheyWereStored() {
        String baseline = uploadFixture();
        CountyFacts read = facts.countyFacts(baseline, 0);
        // each household's canonical JSON is cut from the stored text: the same bytes the run wrote
        assertThat(read.households()).isNotEmpty();
        for (int i = 0; i < read.households().size(); i++) {
            assertThat(new String(read.stored().households().get(i), StandardCharsets.UTF_8))
                    .isEqualTo(new String(CanonicalForm.of(read.households().get(i)), StandardCharsets.UTF_8));
        }
        assertThat(read.stored().compressed()).isEqualTo(store.inputGz(baseline, 0).orElseThrow());

        String scenario = post(baseline, LINE_2500, "analyst").getBody().at("/run/id").asText();

        int counties = get("/api/runs/" + baseline).get("counties").size();
        assertThat(counties).isPositive();
        for (int position = 0; position < counties; position++) {
            assertThat(store.inputGz(scenario, position).orElseThrow())
                    .isEqualTo(store.inputGz(baseline, position).orElseThrow());
        }
        // what the scenario run stored reads back as its facts, and the audit chain holds
        assertThat(get("/api/runs/" + scenario + "/explain/household/H0001").at("/replay/matchesTrail")
                .asBoolean()).isTrue();
        assertThat(get("/api/audit/verify").get("intact").asBoolean()).isTrue();
    }

    @Test
    void aScenarioIsStoredAsARunLinkedToItsBaselineAndFlipsWhatTheFactsPredict() throws IOException {
        String baseline = uploadFixture();
        byte[] baselineReport = http.getForObject("/api/runs/" + baseline, byte[].class);
        JsonNode before = get("/api/runs/" + baseline);
        assertThat(before.at("/households/0/failed").toString()).isEqualTo("[\"H-INCOME\"]");
        long runs = count("run");
        long firings = storedFirings();

        ResponseEntity<JsonNode> response = post(baseline, LINE_2500, "analyst");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode created = response.getBody();
        String scenario = created.at("/run/id").asText();
        assertThat(response.getHeaders().getLocation()).hasToString("/api/runs/" + baseline + "/scenarios/" + scenario);
        assertThat(created.at("/run/baselineRunId").asText()).isEqualTo(baseline);
        assertThat(created.at("/run/name").asText()).isEqualTo("line 2500");
        // the signed-in user, whatever the X-User header says
        assertThat(created.at("/run/createdBy").asText()).isEqualTo(TESTER);
        assertThat(created.at("/run/flips").asInt()).isEqualTo(1);
        // only a parameter changed: the same facts and rules, other parameters
        assertThat(created.at("/run/inputSha256").asText()).isEqualTo(before.at("/run/inputSha256").asText());
        assertThat(created.at("/run/rulesetVersion").asText()).isEqualTo(before.at("/run/rulesetVersion").asText());
        assertThat(created.at("/run/parametersVersion").asText())
                .isNotEqualTo(before.at("/run/parametersVersion").asText());
        JsonNode flips = created.at("/diff/flips");
        assertThat(flips).hasSize(1);
        assertThat(flips.get(0).get("level").asText()).isEqualTo("HOUSEHOLD");
        assertThat(flips.get(0).get("id").asText()).isEqualTo("H0001");
        assertThat(flips.get(0).get("from").asText()).isEqualTo("NOT_READY");
        assertThat(flips.get(0).get("criteriaCleared").toString()).isEqualTo("[\"H-INCOME\"]");
        assertThat(flips.get(0).get("criteriaAdded")).isEmpty();
        assertThat(created.at("/diff/counts/households/NOT_READY/baseline").asInt()).isEqualTo(1);
        assertThat(created.at("/diff/counts/households/NOT_READY/scenario").asInt()).isZero();

        // stored like any run: its own row and firings, listed under its baseline and among all runs
        assertThat(count("run")).isEqualTo(runs + 1);
        assertThat(storedFirings()).isGreaterThan(firings);
        assertThat(created.at("/run/firingCount").asLong()).isEqualTo(storedFirings() - firings);
        JsonNode listed = get("/api/runs/" + baseline + "/scenarios");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(scenario);
        assertThat(listed.get(0).get("flips").asInt()).isEqualTo(1);
        assertThat(listed.get(0).get("recordHash").asText()).isEqualTo(created.at("/run/recordHash").asText());
        assertThat(listed.get(0).has("text")).isFalse();
        List<String> scenarioRuns = new ArrayList<>();
        get("/api/runs").forEach(run -> {
            if (baseline.equals(run.get("baselineRunId").asText(null))) {
                scenarioRuns.add(run.get("id").asText());
            }
        });
        assertThat(scenarioRuns).containsExactly(scenario);

        // the baseline run is untouched
        assertThat(http.getForObject("/api/runs/" + baseline, byte[].class)).isEqualTo(baselineReport);

        // the scenario run is a run: report, explain, firings, coverage
        assertThat(get("/api/runs/" + scenario).at("/households/0/status").asText()).isEqualTo("EXIT_READY");
        JsonNode explained = get("/api/runs/" + scenario + "/explain/household/H0001");
        JsonNode income = null;
        for (JsonNode criterion : explained.get("criteria")) {
            if (criterion.get("criterion").asText().equals("H-INCOME")) {
                income = criterion;
            }
        }
        assertThat(income).isNotNull();
        assertThat(income.get("passed").asBoolean()).isTrue();
        assertThat(income.at("/parameter/value").decimalValue()).isEqualByComparingTo("2500");
        assertThat(income.at("/parameter/overridden").asBoolean()).isTrue();
        assertThat(income.get("firings").findValuesAsText("rule")).containsExactly("H-INCOME evidence");
        assertThat(explained.at("/replay/matchesTrail").asBoolean()).isTrue();
        assertThat(get("/api/runs/" + scenario + "/coverage").get("rulesFired").asInt()).isPositive();

        // the full scenario result document, from the stored reports
        JsonNode result = get("/api/runs/" + baseline + "/scenarios/" + scenario);
        assertThat(result.at("/baseline/run/id").asText()).isEqualTo(baseline);
        assertThat(result.at("/scenario/run/id").asText()).isEqualTo(scenario);
        assertThat(result.at("/diff/flips")).isEqualTo(flips);
    }

    @Test
    void aScenarioUsesTheBaselinesStoredRulesAndParametersNotTheRulesFolder() throws IOException {
        String baseline = uploadFixture();
        JsonNode before = get("/api/runs/" + baseline);
        Path drl = RULES.resolve("household-criteria.drl");
        String originalDrl = Files.readString(drl);
        try {
            Files.writeString(drl, originalDrl + "\n// edited after the run\n");
            assertThat(upload("two-households.json", fixture("two-households.json")).getBody()
                    .get("rulesetVersion").asText()).isNotEqualTo(before.at("/run/rulesetVersion").asText());
            JsonNode created = post(baseline, "{\"name\": \"nothing changed\"}", null).getBody();

            assertThat(created.at("/run/flips").asInt()).isZero();
            assertThat(created.at("/diff/flips")).isEmpty();
            assertThat(created.at("/run/rulesetVersion").asText()).isEqualTo(before.at("/run/rulesetVersion").asText());
            assertThat(created.at("/run/parametersVersion").asText())
                    .isEqualTo(before.at("/run/parametersVersion").asText());
            assertThat(created.at("/run/createdBy").asText()).isEqualTo(TESTER);
        } finally {
            Files.writeString(drl, originalDrl);
        }
    }

    @Test
    void aBadScenarioStoresNothingAndNamesEveryProblem() {
        String baseline = uploadFixture();
        long runs = count("run");
        long firings = storedFirings();

        ResponseEntity<JsonNode> response = post(baseline, "{\"name\": \"bad\", \"parameters\": "
                + "{\"household.poverty_lin\": 4000}, \"changes\": [{\"level\": \"HOUSEHOLD\", "
                + "\"where\": {\"id\": \"H0001\"}, \"set\": {\"wageIncom\": 1}}]}", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        List<String> fields = new ArrayList<>();
        response.getBody().get("problems").forEach(problem -> {
            assertThat(problem.get("file").asText()).isEqualTo("scenario");
            fields.add(problem.get("field").asText());
        });
        assertThat(fields).containsExactlyInAnyOrder("parameters.household.poverty_lin", "changes[0].set.wageIncom");

        // a where that matches nothing is found only against the facts: still located, still nothing stored
        ResponseEntity<JsonNode> nowhere = post(baseline, "{\"changes\": [{\"level\": \"HOUSEHOLD\", "
                + "\"where\": {\"id\": \"H9999\"}, \"set\": {\"wageIncome\": 1}}]}", null);
        assertThat(nowhere.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(nowhere.getBody().at("/problems/0/field").asText()).startsWith("changes[0].where");

        assertThat(post(baseline, "{not json", null).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        String huge = "{\"name\": \"" + "x".repeat(300_000) + "\"}";
        assertThat(post(baseline, huge, null).getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(count("run")).isEqualTo(runs);
        assertThat(storedFirings()).isEqualTo(firings);
        assertThat(get("/api/runs/" + baseline + "/scenarios")).isEmpty();
    }

    @Test
    void anUnknownBaselineIs404() {
        long runs = count("run");
        String unknown = "00000000-0000-0000-0000-000000000000";
        assertThat(post(unknown, LINE_2500, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/runs/" + unknown + "/scenarios", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/runs/" + unknown + "/scenarios/compare", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(count("run")).isEqualTo(runs);
    }

    @Test
    void twoScenariosSideBySide() {
        String baseline = uploadFixture();
        String lower = post(baseline, LINE_2500, null).getBody().at("/run/id").asText();
        String higher = post(baseline, LINE_8000, null).getBody().at("/run/id").asText();
        String other = uploadFixture();
        String elsewhere = post(other, LINE_2500, null).getBody().at("/run/id").asText();

        JsonNode comparison = get("/api/runs/" + baseline + "/scenarios/compare?ids=" + higher + "," + lower);

        JsonNode columns = comparison.get("columns");
        assertThat(columns).hasSize(3);
        assertThat(columns.get(0).get("name").asText()).isEqualTo("baseline");
        assertThat(columns.get(0).get("flips").isNull()).isTrue();
        assertThat(columns.get(0).at("/counts/households/NOT_READY").asInt()).isEqualTo(1);
        assertThat(columns.get(1).get("source").asText()).isEqualTo(higher);
        assertThat(columns.get(1).get("name").asText()).isEqualTo("line 8000");
        assertThat(columns.get(1).at("/counts/households/NOT_READY").asInt()).isEqualTo(2);
        assertThat(columns.get(1).get("flips").asInt()).isEqualTo(1);
        assertThat(columns.get(2).get("source").asText()).isEqualTo(lower);
        assertThat(columns.get(2).at("/counts/households/NOT_READY").asInt()).isZero();
        assertThat(columns.get(2).at("/counts/households/EXIT_READY").asInt()).isEqualTo(2);

        assertThat(get("/api/runs/" + baseline + "/scenarios/compare").get("columns")).hasSize(3);
        // a scenario run of another baseline is not one of this baseline's
        assertThat(http.getForEntity("/api/runs/" + baseline + "/scenarios/compare?ids=" + elsewhere, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // scenarios apply to a baseline, not to a scenario run
        assertThat(post(lower, LINE_8000, null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aScenarioRunReproducesFromTheBaselineAndItsText() {
        String baseline = uploadFixture();
        String scenario = post(baseline, "{\"name\": \"more wages, line 4000\", \"parameters\": "
                + "{\"household.poverty_line\": 4000}, \"changes\": [{\"level\": \"HOUSEHOLD\", "
                + "\"where\": {\"id\": \"H0001\"}, \"scale\": {\"wageIncome\": 1.6}}]}", null).getBody()
                .at("/run/id").asText();
        JsonNode report = get("/api/runs/" + scenario);
        assertThat(report.at("/run/inputSha256").asText()).isNotEqualTo(get("/api/runs/" + baseline)
                .at("/run/inputSha256").asText());

        JsonNode reproduced = http.postForObject("/api/runs/" + scenario + "/reproduce", null, JsonNode.class);

        assertThat(reproduced.get("differences")).isEmpty();
        assertThat(reproduced.get("identical").asBoolean()).isTrue();
        assertThat(reproduced.get("inputSha256").asText()).isEqualTo(report.at("/run/inputSha256").asText());
        assertThat(reproduced.get("parametersVersion").asText())
                .isEqualTo(report.at("/run/parametersVersion").asText());
    }

    @Test
    void theChainCoversScenarioRuns() {
        String baseline = uploadFixture();
        String scenario = post(baseline, LINE_2500, null).getBody().at("/run/id").asText();
        post(baseline, LINE_8000, null);
        JsonNode verification = get("/api/audit/verify");
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("runsChecked").asLong()).isEqualTo(count("run"));

        String text = jdbc.queryForObject("SELECT scenario_json FROM run WHERE id = ?", String.class, scenario);
        jdbc.update("UPDATE run SET scenario_json = ? WHERE id = ?", text.replace("2500", "2600"), scenario);
        try {
            JsonNode broken = get("/api/audit/verify");
            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.at("/firstBreak/runId").asText()).isEqualTo(scenario);
            assertThat(broken.at("/firstBreak/reason").asText()).contains("run row was altered");
        } finally {
            jdbc.update("UPDATE run SET scenario_json = ? WHERE id = ?", text, scenario);
        }
        jdbc.update("UPDATE run SET baseline_id = NULL, scenario_name = NULL, scenario_json = NULL, "
                + "scenario_flips = NULL WHERE id = ?", scenario);
        try {
            // passing a scenario run off as an ordinary run breaks the chain too
            assertThat(get("/api/audit/verify").at("/firstBreak/runId").asText()).isEqualTo(scenario);
        } finally {
            jdbc.update("UPDATE run SET baseline_id = ?, scenario_name = 'line 2500', scenario_json = ?, "
                    + "scenario_flips = 1 WHERE id = ?", baseline, text, scenario);
        }
        assertThat(get("/api/audit/verify").get("intact").asBoolean()).isTrue();
    }

    @Test
    void theScenarioEndpointsAreDescribed() {
        JsonNode paths = get("/v3/api-docs").get("paths");
        assertThat(paths.at("/~1api~1runs~1{id}~1scenarios/post/requestBody/content").has("application/json")).isTrue();
        assertThat(paths.has("/api/runs/{id}/scenarios/compare")).isTrue();
        assertThat(paths.has("/api/runs/{id}/scenarios/{scenarioId}")).isTrue();
    }

    private ResponseEntity<JsonNode> post(String runId, String scenario, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (user != null) {
            headers.add("X-User", user);
        }
        return http.postForEntity("/api/runs/" + runId + "/scenarios", new HttpEntity<>(scenario, headers),
                JsonNode.class);
    }
}
