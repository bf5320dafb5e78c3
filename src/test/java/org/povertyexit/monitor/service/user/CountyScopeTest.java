package org.povertyexit.monitor.service.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.ServiceTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A user scoped to county 640422 (西吉县) and a run that holds it and 640423 (隆德县): they see the run,
 * cut to their county, and nothing of the other county; a user of another county does not see the run.
 */
class CountyScopeTest extends ServiceTest {

    private static final String OWN = "640422";
    private static final String OTHER = "640423";

    private static String run;
    private TestRestTemplate xiji;

    @BeforeEach
    void twoCountyRun() {
        if (run == null) {
            ResponseEntity<JsonNode> uploaded = upload("two-counties.json", fixture("two-counties.json"));
            assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            run = uploaded.getBody().get("id").asText();
        }
        xiji = as("xiji-office", Set.of(OWN), Role.UPLOADER, Role.ANALYST, Role.AUDITOR);
    }

    @Test
    void aScopedUserSeesTheRunCutToTheirCounty() {
        assertThat(ids(xiji.getForObject("/api/runs", JsonNode.class), "id")).contains(run);
        JsonNode report = xiji.getForObject("/api/runs/" + run, JsonNode.class);
        assertThat(ids(report.get("households"), "id")).containsExactly("H0001", "H0002");
        assertThat(ids(report.get("counties"), "code")).containsExactly(OWN);
        assertThat(ids(report.get("villages"), "countyCode")).containsOnly(OWN);
        assertThat(report.get("run").get("id").asText()).isEqualTo(run);
        int households = 0;
        for (JsonNode count : report.get("summary").get("households")) {
            households += count.asInt();
        }
        assertThat(households).isEqualTo(2);
        // the province sees all four
        assertThat(ids(get("/api/runs/" + run).get("households"), "id")).hasSize(4);
    }

    @Test
    void theRunListShowsAScopedUserNoWholeRunCounts() {
        JsonNode listed = null;
        for (JsonNode view : xiji.getForObject("/api/runs", JsonNode.class)) {
            if (view.get("id").asText().equals(run)) {
                listed = view;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("summary").isNull()).isTrue();
        assertThat(listed.get("households").isNull()).isTrue();
        assertThat(listed.get("firingCount").isNull()).isTrue();
        for (JsonNode view : http.getForObject("/api/runs", JsonNode.class)) {
            if (view.get("id").asText().equals(run)) {
                assertThat(view.get("households").asInt()).isEqualTo(4);
            }
        }
        assertThat(xiji.getForEntity("/api/runs/" + run + "/scenarios", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theOtherCountysEntitiesAreNotFoundAsIfAbsent() {
        assertThat(xiji.getForEntity("/api/runs/" + run + "/households/H0001", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        for (String path : List.of("/households/H0003", "/villages/640423100101", "/counties/" + OTHER,
                "/explain/household/H0003", "/explain/village/640423100101", "/explain/county/" + OTHER)) {
            ResponseEntity<String> answer = xiji.getForEntity("/api/runs/" + run + path, String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(http.getForEntity("/api/runs/" + run + path, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.OK);
        }
        assertThat(xiji.getForEntity("/api/runs/" + run + "/explain/household/H0001", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void remediationFiringsAndCoverageHoldTheirCountyAlone() {
        JsonNode rows = xiji.getForObject("/api/runs/" + run + "/remediation", JsonNode.class);
        assertThat(rows.size()).isPositive();
        assertThat(ids(rows, "countyCode")).containsOnly(OWN);
        assertThat(ids(get("/api/runs/" + run + "/remediation"), "countyCode")).contains(OTHER);

        JsonNode page = xiji.getForObject("/api/runs/" + run + "/firings?size=1000", JsonNode.class);
        JsonNode all = get("/api/runs/" + run + "/firings?size=1000");
        assertThat(page.get("total").asLong()).isPositive().isLessThan(all.get("total").asLong());
        assertThat(ids(page.get("firings"), "entityId")).doesNotContain("H0003", "H0004", OTHER, "640423100101");
        ResponseEntity<String> otherCounty = xiji.getForEntity("/api/runs/" + run + "/firings?county=" + OTHER,
                String.class);
        assertThat(otherCounty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(otherCounty.getBody()).contains("one of " + OWN).doesNotContain(OTHER + ",");
        assertThat(xiji.getForObject("/api/runs/" + run + "/coverage", JsonNode.class).get("firings").asLong())
                .isEqualTo(page.get("total").asLong());
    }

    @Test
    void aRunOfOtherCountiesIsNotThere() {
        TestRestTemplate haiyuan = as("haiyuan-office", Set.of("640522"), Role.UPLOADER, Role.AUDITOR);
        assertThat(ids(haiyuan.getForObject("/api/runs", JsonNode.class), "id")).doesNotContain(run);
        for (String path : List.of("", "/remediation", "/firings", "/coverage", "/households/H0001")) {
            assertThat(haiyuan.getForEntity("/api/runs/" + run + path, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void aScenarioEvaluatesTheWholeRunSoNeedsEveryCountyInScope() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String scenario = "{\"name\": \"line 4000\", \"parameters\": {\"household.poverty_line\": 4000}}";
        ResponseEntity<String> refused = xiji.postForEntity("/api/runs/" + run + "/scenarios",
                new HttpEntity<>(scenario, headers), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("outside your scope");
        assertThat(http.postForEntity("/api/runs/" + run + "/scenarios", new HttpEntity<>(scenario, headers),
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void anUploadHoldingACountyOutsideTheScopeIsRefusedAndNothingStored() {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM run", Integer.class);
        ResponseEntity<JsonNode> refused = upload(xiji, "two-counties.json", fixture("two-counties.json"), null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("error").asText()).contains(OTHER).contains("nothing was stored");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run", Integer.class)).isEqualTo(before);

        ResponseEntity<JsonNode> own = upload(xiji, "two-households.json", fixture("two-households.json"), null);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(own.getBody().get("createdBy").asText()).isEqualTo("xiji-office");
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.get(field).asText()));
        return ids;
    }
}
