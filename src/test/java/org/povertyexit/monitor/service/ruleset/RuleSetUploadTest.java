package org.povertyexit.monitor.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.ServiceTest;
import org.povertyexit.monitor.service.user.Role;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An administrator puts a rule set in force by uploading a zip of the rules folder, once it passes. */
class RuleSetUploadTest extends ServiceTest {

    @Test
    void aSetWhoseTestCasesPassIsPutInForceAndRecorded() throws IOException {
        TestRestTemplate admin = as("admin-rules", Role.ADMIN);
        try {
            ResponseEntity<JsonNode> put = post(admin, zipOfRules(path -> null,
                    "// reviewed by the provincial office\n"));
            assertThat(put.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            String version = put.getBody().get("rulesetVersion").asText();
            assertThat(put.getBody().get("activatedBy").asText()).isEqualTo("admin-rules");
            assertThat(put.getBody().get("testCases").asInt()).isPositive();

            JsonNode run = upload("two-households.json", fixture("two-households.json")).getBody();
            assertThat(run.get("rulesetVersion").asText()).isEqualTo(version);

            JsonNode sets = as("auditor-rules", Role.AUDITOR).getForObject("/api/rule-sets", JsonNode.class);
            assertThat(sets.at("/verification/intact").asBoolean()).isTrue();
            JsonNode last = sets.get("activations").get(sets.get("activations").size() - 1);
            assertThat(last.get("rulesetVersion").asText()).isEqualTo(version);
            assertThat(last.has("filesGz")).isFalse();
        } finally {
            post(admin, zipOfRules(text -> null, ""));   // the folder's own set in force again
        }
    }

    @Test
    void aSetThatFailsItsTestCasesOrDoesNotCompileIsRefusedAndTheSetInForceStays() throws IOException {
        TestRestTemplate admin = as("admin-rules", Role.ADMIN);
        long activations = jdbc.queryForObject("SELECT COUNT(*) FROM rule_set", Long.class);

        ResponseEntity<JsonNode> failing = post(admin, zipOfRules(path -> path.endsWith("poverty_line.yaml")
                ? "value: 3747>value: 2000" : null, ""));
        assertThat(failing.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(failing.getBody().get("problems").toString()).contains("household-income.yaml");

        ResponseEntity<JsonNode> broken = post(admin, zipOfRules(path -> path.equals("household-criteria.drl")
                ? "^rule >rule broken(" : null, ""));
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(broken.getBody().get("problems").toString()).contains("household-criteria.drl:");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rule_set", Long.class)).isEqualTo(activations);
    }

    @Test
    void onlyAnAdministratorPutsASetInForce() throws IOException {
        assertThat(post(http, zipOfRules(path -> null, "")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(anonymous, zipOfRules(path -> null, "")).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("uploader-rules", Role.UPLOADER).getForEntity("/api/rule-sets", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static byte[] zipOfRules(UnaryOperator<String> change, String drlTail) throws IOException {
        return RulesZip.of(RULES, change, drlTail);
    }

    private static ResponseEntity<JsonNode> post(TestRestTemplate client, byte[] zip) {
        return RulesZip.post(client, zip);
    }
}
