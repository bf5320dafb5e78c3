package org.povertyexit.monitor.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.ServiceTest;
import org.povertyexit.monitor.service.user.Role;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

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

    /**
     * The test rules folder as a zip under rules/; {@code change} gives for a path "regex>replacement"
     * (the first match, lines as anchors) or null, and {@code drlTail} is added to every DRL file.
     */
    private static byte[] zipOfRules(UnaryOperator<String> change, String drlTail) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(RULES)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String path = RULES.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file);
                String replacement = change.apply(path);
                if (replacement != null) {
                    String[] fromTo = replacement.split(">", 2);
                    text = text.replaceFirst("(?m)" + fromTo[0], fromTo[1]);
                }
                if (path.endsWith(".drl")) {
                    text += drlTail;
                }
                zip.putNextEntry(new ZipEntry("rules/" + path));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static ResponseEntity<JsonNode> post(TestRestTemplate client, byte[] zip) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(zip) {
            @Override
            public String getFilename() {
                return "rules.zip";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.postForEntity("/api/rule-sets", new HttpEntity<>(body, headers), JsonNode.class);
    }
}
