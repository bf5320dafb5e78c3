package org.povertyexit.monitor.service.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.service.ServiceTest;
import org.povertyexit.monitor.service.ruleset.RulesZip;
import org.povertyexit.monitor.service.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A rule set with a local policy, Xiji's (640422) own collective-income minimum of 30000 beside the default
 * 50000, run on the two-county fixture with both poverty villages at 40000: Xiji's village passes and
 * Longde's (640423) fails; explain says which value applied, whose it is and where it comes from; the run
 * stores the local value, reproduces it, and scenarios override it with or without counties.
 */
public class ScopedParametersRunTest extends ServiceTest {

    public static final String XIJI_VILLAGE = "640422100201";
    public static final String LONGDE_VILLAGE = "640423100101";
    public static final String SOURCE = "Xiji county plan (test)";
    /** Added after the default of village/collective_income_min.yaml. */
    static final String LOCAL_VALUE = "^    verified: true$>    verified: true\n  - from: 2019-01-01\n"
            + "    value: 30000\n    counties: ['640422']\n    source: '" + SOURCE + "'\n    verified: false";

    @Autowired
    private StoredRun stored;

    /**
     * Stores a run of the two counties (both villages at 40000), uploaded by {@code uploader}, under a rule set
     * with Xiji's local value that {@code admin} puts in force, then puts the folder's own set in force again.
     */
    public static String runWithLocalPolicy(TestRestTemplate admin, TestRestTemplate uploader) throws IOException {
        try {
            ResponseEntity<JsonNode> put = RulesZip.post(admin, RulesZip.of(RULES,
                    path -> path.equals("parameters/village/collective_income_min.yaml") ? LOCAL_VALUE : null, ""));
            assertThat(put.getStatusCode()).as("%s", put.getBody()).isEqualTo(HttpStatus.CREATED);
            JsonNode dataset = JSON.readTree(fixture("two-counties.json"));
            dataset.get("villages").forEach(village -> ((ObjectNode) village).put("collectiveIncome", 40000));
            ResponseEntity<JsonNode> uploaded = upload(uploader, "two-counties.json",
                    JSON.writeValueAsBytes(dataset), null);
            assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            return uploaded.getBody().get("id").asText();
        } finally {
            RulesZip.post(admin, RulesZip.of(RULES, path -> null, ""));
        }
    }

    @Test
    void aThresholdScopedToACountyChangesThatCountyAloneAndExplainSaysWhy() throws IOException {
        String run = runWithLocalPolicy(as("admin-local", Role.ADMIN), http);

        assertThat(get("/api/runs/" + run + "/villages/" + XIJI_VILLAGE).get("status").asText())
                .isEqualTo("EXIT_READY");
        assertThat(get("/api/runs/" + run + "/villages/" + LONGDE_VILLAGE).get("failed").toString())
                .isEqualTo("[\"V-COLLECTIVE-INCOME\"]");

        JsonNode local = criterion(get("/api/runs/" + run + "/explain/village/" + XIJI_VILLAGE));
        assertThat(local.get("passed").asBoolean()).isTrue();
        assertThat(local.get("threshold").decimalValue()).isEqualByComparingTo("30000");
        assertThat(local.at("/parameter/value").decimalValue()).isEqualByComparingTo("30000");
        assertThat(local.at("/parameter/counties").toString()).isEqualTo("[\"640422\"]");
        assertThat(local.at("/parameter/source").asText()).isEqualTo(SOURCE);
        assertThat(local.at("/parameter/effectiveFrom").asText()).isEqualTo("2019-01-01");
        assertThat(local.get("parameterScope").asText()).isEqualTo("本地政策：仅适用于县 640422");

        JsonNode why = get("/api/runs/" + run + "/explain/village/" + LONGDE_VILLAGE + "?lang=en");
        JsonNode fallback = criterion(why);
        assertThat(fallback.get("passed").asBoolean()).isFalse();
        assertThat(fallback.get("threshold").decimalValue()).isEqualByComparingTo("50000");
        assertThat(fallback.at("/parameter").has("counties")).isFalse();
        assertThat(fallback.at("/parameter/source").asText()).startsWith("seed article");
        assertThat(fallback.get("parameterScope").asText())
                .isEqualTo("the default (for every county without a local value)");
        assertThat(why.get("answer").asText()).contains("V-COLLECTIVE-INCOME");
    }

    @Test
    void aStoredRunKeepsItsLocalValuesAndReproducesThem() throws IOException {
        String run = runWithLocalPolicy(as("admin-local", Role.ADMIN), http);
        RunRecord record = stored.header(run);

        ParameterSet rebuilt = stored.parameters(record);

        assertThat(record.parametersJson()).contains("\"counties\":[\"640422\"]");
        assertThat(rebuilt.version()).isEqualTo(record.parametersVersion());
        assertThat(rebuilt.forCounty("640422").value("village.collective_income_min")).isEqualByComparingTo("30000");
        assertThat(rebuilt.forCounty("640423").value("village.collective_income_min")).isEqualByComparingTo("50000");
        // the same data under the folder's rules: the defaults alone, another version
        String plain = get("/api/runs/" + uploadFixture()).at("/run/parametersVersion").asText();
        assertThat(stored.parameters(stored.header(uploadFixture())).scoped()).isEmpty();
        assertThat(record.parametersVersion()).isNotEqualTo(plain);
        JsonNode reproduced = http.postForObject("/api/runs/" + run + "/reproduce", null, JsonNode.class);
        assertThat(reproduced.get("identical").asBoolean()).as("%s", reproduced).isTrue();
    }

    @Test
    void aScenarioOverrideWithoutCountiesReplacesTheLocalValueAndOneWithCountiesOnlyThere() throws IOException {
        String run = runWithLocalPolicy(as("admin-local", Role.ADMIN), http);

        String everywhere = scenario(run, "{\"parameters\": {\"village.collective_income_min\": 45000}}");
        assertThat(get("/api/runs/" + everywhere + "/villages/" + XIJI_VILLAGE).get("status").asText())
                .as("Xiji's 30000 is overridden too").isEqualTo("NOT_READY");
        JsonNode overridden = criterion(get("/api/runs/" + everywhere + "/explain/village/" + XIJI_VILLAGE));
        assertThat(overridden.at("/parameter/value").decimalValue()).isEqualByComparingTo("45000");
        assertThat(overridden.at("/parameter/overridden").asBoolean()).isTrue();
        assertThat(overridden.at("/parameter").has("counties")).isFalse();
        assertThat(overridden.get("parameterScope").asText()).isEqualTo("情景值：各县通用");

        String inLongde = scenario(run, "{\"parameters\": [{\"name\": \"village.collective_income_min\", "
                + "\"value\": 40000, \"counties\": [\"640423\"]}]}");
        assertThat(get("/api/runs/" + inLongde + "/villages/" + LONGDE_VILLAGE).get("status").asText())
                .isEqualTo("EXIT_READY");
        JsonNode xiji = criterion(get("/api/runs/" + inLongde + "/explain/village/" + XIJI_VILLAGE));
        assertThat(xiji.at("/parameter/value").decimalValue()).as("Xiji keeps its own").isEqualByComparingTo("30000");
        assertThat(xiji.at("/parameter/overridden").asBoolean()).isFalse();
        JsonNode longde = criterion(get("/api/runs/" + inLongde + "/explain/village/" + LONGDE_VILLAGE));
        assertThat(longde.at("/parameter/counties").toString()).isEqualTo("[\"640423\"]");
        assertThat(longde.at("/parameter/source").asText()).isEqualTo("scenario override");
        assertThat(longde.get("parameterScope").asText()).isEqualTo("情景值：仅适用于县 640423");
        JsonNode reproduced = http.postForObject("/api/runs/" + inLongde + "/reproduce", null, JsonNode.class);
        assertThat(reproduced.get("identical").asBoolean()).as("%s", reproduced).isTrue();
    }

    private static JsonNode criterion(JsonNode explanation) {
        for (JsonNode criterion : explanation.get("criteria")) {
            if (criterion.get("criterion").asText().equals("V-COLLECTIVE-INCOME")) {
                return criterion;
            }
        }
        throw new AssertionError("no V-COLLECTIVE-INCOME in " + explanation);
    }

    private String scenario(String run, String text) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> created = http.postForEntity("/api/runs/" + run + "/scenarios",
                new HttpEntity<>(text, headers), JsonNode.class);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().at("/run/id").asText();
    }
}
