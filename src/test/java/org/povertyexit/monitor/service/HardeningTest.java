package org.povertyexit.monitor.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.run.EvaluationSlots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What the service does to be safe to reach: its response headers, and a bound on evaluations at once. */
class HardeningTest extends ServiceTest {

    @Autowired
    private EvaluationSlots slots;

    @Test
    void everyResponseCarriesTheSecurityHeadersAndApiResultsAreNotCached() {
        ResponseEntity<String> runs = http.getForEntity("/api/runs", String.class);
        assertThat(runs.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(runs.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(runs.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(runs.getHeaders().getCacheControl()).contains("no-store");
        ResponseEntity<String> missing = http.getForEntity("/api/runs/no-such-run", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(missing.getHeaders().getCacheControl()).contains("no-store");
    }

    @Test
    void anEvaluationBeyondTheSlotsIsRefusedAtOnceWith503() throws Exception {
        long runs = count("run");
        slots.run(() -> slots.run(() -> {
            long start = System.nanoTime();
            ResponseEntity<JsonNode> busy = upload("two-households.json", fixture("two-households.json"));
            assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
            assertThat(busy.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("60");
            assertThat(busy.getBody().get("error").asText()).contains("try again");
            return null;
        }));
        assertThat(count("run")).isEqualTo(runs);
        assertThat(upload("two-households.json", fixture("two-households.json")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void operatorsSeeTheDatabaseTheDiskAndTheRulesInForce() {
        ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody().get("status").asText()).isEqualTo("UP");
        assertThat(health.getBody().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.getBody().at("/components/diskSpace/status").asText()).isEqualTo("UP");
        assertThat(health.getBody().at("/components/rules/details/version").asText()).hasSize(64);
        // nothing else of the actuator is there, for anyone
        assertThat(http.getForEntity("/actuator/env", String.class).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(anonymous.getForEntity("/actuator/health", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
