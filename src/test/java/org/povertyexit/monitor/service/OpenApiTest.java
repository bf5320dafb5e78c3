package org.povertyexit.monitor.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class OpenApiTest extends ServiceTest {

    @Test
    void theApiIsDescribedAndBrowsable() {
        JsonNode api = get("/v3/api-docs");
        assertThat(api.get("paths").has("/api/runs")).isTrue();
        assertThat(api.get("paths").has("/api/runs/{id}/explain/{level}/{entityId}")).isTrue();
        assertThat(api.get("paths").has("/api/audit/verify")).isTrue();
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
