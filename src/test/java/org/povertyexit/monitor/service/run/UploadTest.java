package org.povertyexit.monitor.service.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.ServiceTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class UploadTest extends ServiceTest {

    @Test
    void aJsonUploadIsEvaluatedAndStoredWithItsFirings() {
        ResponseEntity<JsonNode> response = upload("two-households.json", fixture("two-households.json"), "auditor-1");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode run = response.getBody();
        String id = run.get("id").asText();
        assertThat(response.getHeaders().getLocation()).hasToString("/api/runs/" + id);
        // the signed-in user: the X-User header sent changes nothing
        assertThat(run.get("createdBy").asText()).isEqualTo(TESTER);
        assertThat(run.get("households").asInt()).isEqualTo(2);
        assertThat(run.at("/summary/households/NOT_READY").asInt()).isEqualTo(1);
        assertThat(run.get("firingCount").asLong()).isPositive();
        Long stored = jdbc.queryForObject("SELECT SUM(firing_count) FROM run_county "
                + "WHERE run_key = (SELECT run_key FROM run WHERE id = ?)", Long.class, id);
        assertThat(stored).isEqualTo(run.get("firingCount").asLong());

        JsonNode report = get("/api/runs/" + id);
        assertThat(report.at("/run/id").asText()).isEqualTo(id);
        assertThat(report.at("/run/inputSha256").asText()).isEqualTo(run.get("inputSha256").asText());
        assertThat(report.at("/households/0/failed/0").asText()).isEqualTo("H-INCOME");
        assertThat(get("/api/runs/" + id + "/households/H0001").get("status").asText()).isEqualTo("NOT_READY");
        assertThat(get("/api/runs/" + id + "/villages/640422100201").get("status").asText()).isEqualTo("EXIT_READY");
        assertThat(get("/api/runs/" + id + "/counties/640422").get("status").asText()).isEqualTo("EXIT_READY");
        assertThat(get("/api/runs").findValuesAsText("id")).contains(id);
    }

    @Test
    void twoUploadsAtOnceUnderRulesNotYetStoredBothLand() throws Exception {
        Path drl = RULES.resolve("household-criteria.drl");
        String original = Files.readString(drl);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            // new rule text: both uploads find its snapshot missing and store it at the same moment
            Files.writeString(drl, original + "\n// edited " + System.nanoTime() + "\n");
            CyclicBarrier together = new CyclicBarrier(2);
            Callable<ResponseEntity<JsonNode>> client = () -> {
                together.await();
                return upload("two-households.json", fixture("two-households.json"));
            };
            List<Future<ResponseEntity<JsonNode>>> answers = clients.invokeAll(List.of(client, client));
            for (Future<ResponseEntity<JsonNode>> answer : answers) {
                assertThat(answer.get().getStatusCode()).isEqualTo(HttpStatus.CREATED);
            }
            assertThat(answers.get(0).get().getBody().get("rulesetVersion").asText())
                    .isEqualTo(answers.get(1).get().getBody().get("rulesetVersion").asText());
        } finally {
            clients.shutdownNow();
            Files.writeString(drl, original);
        }
    }

    @Test
    void nobodyUnknownGetsInAndEachRoleDoesWhatItMay() {
        long runs = count("run");
        org.springframework.boot.test.web.client.TestRestTemplate signedIn = http;
        try {
            http = anonymous;
            assertThat(upload("two-households.json", fixture("two-households.json")).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(anonymous.getForEntity("/api/runs", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(anonymous.withBasicAuth(TESTER, "not the password").getForEntity("/api/runs", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            http = as("auditor-only", org.povertyexit.monitor.service.user.Role.AUDITOR);
            assertThat(upload("two-households.json", fixture("two-households.json")).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(count("run")).isEqualTo(runs);
            http = as("uploader-only", org.povertyexit.monitor.service.user.Role.UPLOADER);
            ResponseEntity<JsonNode> uploaded = upload("two-households.json", fixture("two-households.json"),
                    "admin@province.gov.cn");
            assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(uploaded.getBody().get("createdBy").asText()).isEqualTo("uploader-only");
            String id = uploaded.getBody().get("id").asText();
            assertThat(http.getForEntity("/api/runs/" + id, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(http.getForEntity("/api/runs/" + id + "/firings", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.getForEntity("/api/audit/verify", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        } finally {
            http = signedIn;
        }
        assertThat(anonymous.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anInvalidDatasetGetsEveryLocatedProblemAndStoresNothing() {
        long runs = count("run");
        long counties = count("run_county");
        String broken = new String(fixture("two-households.json"), StandardCharsets.UTF_8)
                .replace("\"wageIncome\": 4000", "\"wageIncome\": \"abc\"")
                .replace("\"640422198001011234\"", "\"640422198001011234\", \"birthDate\": \"1980-13-45\"")
                .replace("\"birthDate\": \"1980-01-01\", ", "");

        ResponseEntity<JsonNode> response = upload("broken.json", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problems = response.getBody().get("problems");
        assertThat(problems.findValuesAsText("field"))
                .anyMatch(field -> field.endsWith("wageIncome")).anyMatch(field -> field.endsWith("birthDate"));
        assertThat(problems.findValuesAsText("value")).contains("abc");
        assertThat(problems.get(0).get("file").asText()).isEqualTo("broken.json");
        assertThat(response.getBody().toString()).doesNotContain("640422198001011234");
        assertThat(count("run")).isEqualTo(runs);
        assertThat(count("run_county")).isEqualTo(counties);
    }

    @Test
    void hostileValuesAreRefusedCheaplyWithoutEchoingPersonalData() throws Exception {
        long runs = count("run");
        byte[] hostile = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/test/resources/bad-input/json-hostile-values.json"));
        long start = System.nanoTime();

        ResponseEntity<JsonNode> response = upload("hostile.json", hostile);

        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("problems").findValuesAsText("reason"))
                .anyMatch(reason -> reason.startsWith("out of range: more than 15 digits"))
                .anyMatch(reason -> reason.startsWith("not valid Unicode text"));
        assertThat(response.getBody().toString()).doesNotContain("建国").doesNotContain("\\ud800");
        assertThat(count("run")).isEqualTo(runs);
    }

    @Test
    void aMultipartBodyCutShortIsABadRequest() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.parseMediaType("multipart/form-data; boundary=XYZ"));
        byte[] body = ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n\r\n{\"a\":1")
                .getBytes(StandardCharsets.UTF_8);
        ResponseEntity<JsonNode> response = http.postForEntity("/api/runs",
                new org.springframework.http.HttpEntity<>(body, headers), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("error").asText()).contains("not a readable multipart upload");
    }

    @Test
    void anUnsupportedFileIsABadRequest() {
        ResponseEntity<JsonNode> response = upload("data.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/problems/0/reason").asText()).contains(".json");
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413() {
        byte[] large = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) ' ');
        ResponseEntity<JsonNode> response = upload("large.json", large);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getBody().get("error").asText()).contains("2MB");
    }
}
