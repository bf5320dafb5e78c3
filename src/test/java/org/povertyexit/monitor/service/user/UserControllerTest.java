package org.povertyexit.monitor.service.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.ServiceTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An administrator adds, scopes and removes users through the API; nobody else may. */
class UserControllerTest extends ServiceTest {

    @Test
    void anAdministratorAddsAScopedUserWhoThenSignsInAndIsRemoved() {
        TestRestTemplate admin = as("admin-users", Role.ADMIN);
        ResponseEntity<JsonNode> added = put(admin, "pengyang-office", Map.of("password", "pengyang password 2019",
                "roles", List.of("UPLOADER"), "counties", List.of("640425")));
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(added.getBody().get("counties").toString()).isEqualTo("[\"640425\"]");
        assertThat(added.getBody().has("passwordHash")).isFalse();

        JsonNode listed = admin.getForObject("/api/users", JsonNode.class);
        assertThat(listed.toString()).contains("pengyang-office").doesNotContain("{bcrypt}");

        TestRestTemplate pengyang = anonymous.withBasicAuth("pengyang-office", "pengyang password 2019");
        assertThat(pengyang.getForEntity("/api/runs", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.exchange("/api/users/pengyang-office", HttpMethod.DELETE, null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(admin.exchange("/api/users/pengyang-office", HttpMethod.DELETE, null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aWeakPasswordNoRoleOrABadCountyIsRefusedWithTheReasons() {
        TestRestTemplate admin = as("admin-users", Role.ADMIN);
        ResponseEntity<JsonNode> refused = put(admin, "weak", Map.of("password", "short", "roles", List.of(),
                "counties", List.of("64,04")));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("error").asText()).contains("at least 10 characters")
                .contains("at least one role").contains("county code");
    }

    @Test
    void aNameThatCouldPassForAnotherAndAnOverlongPasswordAreRefused() {
        TestRestTemplate admin = as("admin-users", Role.ADMIN);
        for (String lookalike : List.of("ａｄｍ", "adm\u200b", "adm\u00a0", "\u202emda", "ADM", "adm:x")) {
            assertThat(put(admin, lookalike, Map.of("password", "a long enough one", "roles", List.of("AUDITOR")))
                    .getStatusCode()).as(lookalike).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        ResponseEntity<JsonNode> overlong = put(admin, "long-password", Map.of("password", "x".repeat(73),
                "roles", List.of("AUDITOR")));
        assertThat(overlong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(overlong.getBody().get("error").asText()).contains("at most 72 bytes");
        assertThat(put(admin, "审计-王", Map.of("password", "a long enough one", "roles", List.of("AUDITOR")))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void onlyAnAdministratorManagesUsers() {
        TestRestTemplate auditor = as("auditor-users", Set.of(), Role.AUDITOR, Role.UPLOADER, Role.ANALYST);
        assertThat(auditor.getForEntity("/api/users", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put(auditor, "sneaky", Map.of("password", "a long enough one", "roles", List.of("ADMIN")))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getForEntity("/api/users", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static ResponseEntity<JsonNode> put(TestRestTemplate client, String name, Map<String, Object> body) {
        return client.exchange("/api/users/" + name, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
    }
}
