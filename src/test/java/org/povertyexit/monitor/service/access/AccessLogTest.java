package org.povertyexit.monitor.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.ServiceTest;
import org.povertyexit.monitor.service.user.Role;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An auditor sees one member's whole ID number only by asking with a reason, and every such look is logged. */
class AccessLogTest extends ServiceTest {

    private static final String WHOLE = "640422198001011234";

    @Test
    void anAuditorsRequestWithAReasonAnswersTheWholeNumberAndIsLogged() {
        String run = uploadFixture();
        TestRestTemplate auditor = as("auditor-a", Role.AUDITOR);
        ResponseEntity<JsonNode> answer = auditor.postForEntity(idNumber(run, "H0001", "P0001"),
                Map.of("reason", "核查 2019 年退出户身份（审计通知 12 号）"), JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("idNumber").asText()).isEqualTo(WHOLE);
        assertThat(answer.getBody().get("name").asText()).doesNotContain("张三丰");
        assertThat(answer.getHeaders().getCacheControl()).contains("no-store");

        JsonNode log = auditor.getForObject("/api/audit/access-log", JsonNode.class);
        assertThat(log.get("verification").get("intact").asBoolean()).isTrue();
        JsonNode entry = log.get("entries").get(log.get("entries").size() - 1);
        assertThat(entry.get("accessedBy").asText()).isEqualTo("auditor-a");
        assertThat(entry.get("memberId").asText()).isEqualTo("P0001");
        assertThat(entry.get("reason").asText()).isEqualTo("核查 2019 年退出户身份（审计通知 12 号）");
        assertThat(entry.get("seq").asLong()).isEqualTo(answer.getBody().get("accessSeq").asLong());
        assertThat(log.toString()).doesNotContain(WHOLE);
    }

    @Test
    void withoutAReasonOrTheAuditorRoleTheNumberStaysMasked() {
        String run = uploadFixture();
        long before = entries();
        TestRestTemplate auditor = as("auditor-b", Role.AUDITOR);
        ResponseEntity<String> noReason = auditor.postForEntity(idNumber(run, "H0001", "P0001"),
                Map.of("reason", "why"), String.class);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("reason").doesNotContain(WHOLE);
        ResponseEntity<String> uploader = as("uploader-b", Role.UPLOADER, Role.ANALYST).postForEntity(
                idNumber(run, "H0001", "P0001"), Map.of("reason", "just curious about this one"), String.class);
        assertThat(uploader.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.postForEntity(idNumber(run, "H0001", "P0001"),
                Map.of("reason", "just curious about this one"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> noMember = auditor.postForEntity(idNumber(run, "H0001", "P0003"),
                Map.of("reason", "P0003 lives in H0002, not H0001"), String.class);
        assertThat(noMember.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void anAuditorOfAnotherCountyCannotAskAndDoesNotSeeTheEntries() {
        String run = uploadFixture();
        http.postForEntity(idNumber(run, "H0001", "P0002"), Map.of("reason", "province audit of the 2019 exits"),
                JsonNode.class);
        TestRestTemplate haiyuan = as("haiyuan-auditor", Set.of("640522"), Role.AUDITOR);
        assertThat(haiyuan.postForEntity(idNumber(run, "H0001", "P0002"),
                Map.of("reason", "not my county, asking anyway"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode log = haiyuan.getForObject("/api/audit/access-log", JsonNode.class);
        assertThat(log.get("entries").size()).isZero();
    }

    @Test
    void aChangedEntryBreaksTheChain() {
        String run = uploadFixture();
        http.postForEntity(idNumber(run, "H0002", "P0003"), Map.of("reason", "checking the relocation file"),
                JsonNode.class);
        long last = jdbc.queryForObject("SELECT MAX(seq) FROM access_log", Long.class);
        String reason = jdbc.queryForObject("SELECT reason FROM access_log WHERE seq = ?", String.class, last);
        try {
            jdbc.update("UPDATE access_log SET reason = 'routine' WHERE seq = ?", last);
            JsonNode verification = get("/api/audit/access-log").get("verification");
            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.get("firstBreakSeq").asLong()).isEqualTo(last);
        } finally {
            jdbc.update("UPDATE access_log SET reason = ? WHERE seq = ?", reason, last);
        }
        assertThat(get("/api/audit/access-log").get("verification").get("intact").asBoolean()).isTrue();
    }

    private long entries() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM access_log", Long.class);
    }

    private static String idNumber(String run, String household, String member) {
        return "/api/runs/" + run + "/households/" + household + "/members/" + member + "/id-number";
    }
}
