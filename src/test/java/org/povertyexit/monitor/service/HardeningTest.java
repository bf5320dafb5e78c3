package org.povertyexit.monitor.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.run.EvaluationSlots;
import org.povertyexit.monitor.service.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

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
        assertThat(health.getBody().at("/components/trail/status").asText()).isEqualTo("UP");
        // nothing else of the actuator is there, for anyone
        assertThat(http.getForEntity("/actuator/env", String.class).getStatusCode().is2xxSuccessful()).isFalse();
        ResponseEntity<JsonNode> anonymousHealth = anonymous.getForEntity("/actuator/health", JsonNode.class);
        assertThat(anonymousHealth.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymousHealth.getBody().has("components")).isFalse();   // no paths or sizes for strangers
    }

    @Test
    void aRefusedSignInCarriesTheSecurityHeadersToo() {
        ResponseEntity<String> refused = anonymous.getForEntity("/api/runs", String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(refused.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void aWriteFromAnotherSiteIsRefusedEvenWithCredentials() {
        long runs = count("run");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Origin", "http://evil.example");
        ResponseEntity<String> crossSite = http.postForEntity("/api/runs/any/scenarios",
                new HttpEntity<>("{}", headers), String.class);
        assertThat(crossSite.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(crossSite.getBody()).contains("another site");
        headers.set("Origin", "null");
        assertThat(http.postForEntity("/api/runs/any/scenarios", new HttpEntity<>("{}", headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        headers.remove("Origin");
        headers.set("Sec-Fetch-Site", "cross-site");
        assertThat(http.postForEntity("/api/runs/any/scenarios", new HttpEntity<>("{}", headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(count("run")).isEqualTo(runs);
        // a client that is not a browser, or the service's own page, is not refused: here 404, no such run
        headers.set("Sec-Fetch-Site", "same-origin");
        assertThat(http.postForEntity("/api/runs/any/scenarios", new HttpEntity<>("{}", headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void a422SpeaksChineseToAClientThatAsksForIt() throws Exception {
        ObjectNode dataset = (ObjectNode) JSON.readTree(fixture("two-households.json"));
        ((ObjectNode) dataset.withArray("households").get(0)).put("wageIncome", "abc");
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(JSON.writeValueAsBytes(dataset)) {
            @Override
            public String getFilename() {
                return "bad.json";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9");
        ResponseEntity<JsonNode> chinese = http.postForEntity("/api/runs", new HttpEntity<>(body, headers),
                JsonNode.class);
        assertThat(chinese.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(chinese.getBody().at("/problems/0/reason").asText()).isEqualTo("不是数字");
        assertThat(chinese.getBody().at("/problems/0/entity").asText()).isEqualTo("H0001");
        headers.remove(HttpHeaders.ACCEPT_LANGUAGE);
        assertThat(http.postForEntity("/api/runs", new HttpEntity<>(body, headers), JsonNode.class).getBody()
                .at("/problems/0/reason").asText()).isEqualTo("not a number");
    }

    @Test
    void aMalformedJsonBodyIsTheClientsToFix() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> cut = as("admin-bodies", Role.ADMIN).exchange("/api/users/someone", HttpMethod.PUT,
                new HttpEntity<>("{\"password\":", headers), JsonNode.class);
        assertThat(cut.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> wrongRole = as("admin-bodies", Role.ADMIN).exchange("/api/users/someone",
                HttpMethod.PUT, new HttpEntity<>("{\"password\": \"long enough 1\", \"roles\": [\"ROOT\"]}", headers),
                JsonNode.class);
        assertThat(wrongRole.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongRole.getBody().get("error").asText()).contains("not the JSON");
    }

    @Test
    void a422ListsTheFirstProblemsAndSaysHowManyThereAre() throws Exception {
        ObjectNode dataset = (ObjectNode) JSON.readTree(Files.readString(Path.of("data/ningxia-2019/dataset.json")));
        // the ID number and birth date columns swapped, as a spreadsheet slip does: a problem per member
        dataset.withArray("households").forEach(household -> household.withArray("members").forEach(member -> {
            ObjectNode m = (ObjectNode) member;
            String birth = m.get("birthDate").asText();
            m.put("birthDate", m.get("idNumber").asText()).put("idNumber", birth);
        }));
        ResponseEntity<JsonNode> rejected = upload("swapped.json", JSON.writeValueAsBytes(dataset));
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(rejected.getBody().get("total").asLong()).isGreaterThan(1000);
        assertThat(rejected.getBody().get("problems").size()).isEqualTo(200);
        assertThat(rejected.getBody().get("error").asText()).contains("the first 200 of");
        assertThat(rejected.getBody().toString()).doesNotContainPattern("[0-9]{17}[0-9Xx]");
    }
}
