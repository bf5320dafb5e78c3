package org.povertyexit.monitor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.ExitMonitorService;
import org.povertyexit.monitor.service.run.RunImport;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.user.Role;
import org.povertyexit.monitor.service.user.ServiceUser;
import org.povertyexit.monitor.service.user.UserStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A cluster run imported into the service (an H2 database in a temporary folder) is a run as an upload's
 * is: the same report as {@code POST /api/runs} stores for the same facts, the same firings (coverage),
 * explain of a household, and a chain that verifies.
 */
@SpringBootTest(classes = ExitMonitorService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportTest {

    private static final Path DATA = temporary("exit-monitor-spark-data");

    @Autowired
    TestRestTemplate http;
    @Autowired
    RunImport imports;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder passwords;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("exit-monitor.data-dir", DATA::toString);
        registry.add("exit-monitor.rules", () -> LocalSpark.RULES.toAbsolutePath().toString());
    }

    @Test
    void anImportedClusterRunIsARunOfTheService() throws Exception {
        users.save(new ServiceUser("auditor", passwords.encode("a test password"),
                Set.of(Role.UPLOADER, Role.AUDITOR), Set.of()));
        TestRestTemplate auditor = http.withBasicAuth("auditor", "a test password");
        String uploaded = upload(auditor, Path.of("data/ningxia-2019/dataset.json"));

        Path out = DATA.resolve("cluster-run");
        LocalSpark.run(LocalSpark.SAMPLE, out);
        RunRecord imported = imports.importRun(out, "auditor");
        // imported once: a second import is refused by name, and stores nothing
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.importRun(out, "auditor"))
                .hasMessage("run " + imported.id() + " is already stored: a cluster run is imported once");

        SameAnswersTest.assertSameReport(get(auditor, "/api/runs/" + imported.id()).toString(),
                get(auditor, "/api/runs/" + uploaded).toString());
        // the same firings: every rule's count, and the run's total
        assertThat(get(auditor, "/api/runs/" + imported.id() + "/coverage").toString())
                .isEqualTo(get(auditor, "/api/runs/" + uploaded + "/coverage").toString()
                        .replace(uploaded, imported.id()));
        JsonNode why = get(auditor, "/api/runs/" + imported.id() + "/explain/household/H0000001");
        assertThat(why.toString()).isEqualTo(get(auditor, "/api/runs/" + uploaded + "/explain/household/H0000001")
                .toString().replace(uploaded, imported.id()));
        assertThat(why.get("criteria").size()).isPositive();
        JsonNode verification = get(auditor, "/api/audit/verify");
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("runsChecked").asLong()).isEqualTo(2);
    }

    private static String upload(TestRestTemplate http, Path file) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new FileSystemResource(file));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> created = http.postForEntity("/api/runs", new HttpEntity<>(body, headers),
                JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    private static JsonNode get(TestRestTemplate http, String path) {
        ResponseEntity<JsonNode> answer = http.getForEntity(path, JsonNode.class);
        assertThat(answer.getStatusCode()).as(path + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static Path temporary(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
