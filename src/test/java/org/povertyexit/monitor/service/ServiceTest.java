package org.povertyexit.monitor.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.povertyexit.monitor.service.user.Role;
import org.povertyexit.monitor.service.user.ServiceUser;
import org.povertyexit.monitor.service.user.UserStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The service against its real database: an H2 file in a temporary folder (PostgreSQL when the
 * system property exit-monitor.test.db-url is set, see scripts/test-postgres.sh), and a temporary
 * copy of rules/ that tests may edit. Every test class extends this one, so they share one context.
 */
@SpringBootTest(classes = ExitMonitorService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"exit-monitor.upload.max-size=2MB", "exit-monitor.upload.max-zip-entries=10",
                "exit-monitor.upload.max-unzipped-size=5MB"})
@Tag("service")
public abstract class ServiceTest {

    protected static final Path DATA_DIR = temporaryFolder("exit-monitor-data");
    protected static final Path RULES = copyOfRules();
    protected static final ObjectMapper JSON = new ObjectMapper();

    /** The user the tests act as: uploader, analyst and auditor of the whole province. */
    protected static final String TESTER = "tester";
    protected static final String PASSWORD = "a test password";

    @Autowired
    protected TestRestTemplate http;

    /** The service as an anonymous client sees it. */
    protected TestRestTemplate anonymous;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private UserStore users;

    @Autowired
    private PasswordEncoder passwords;

    @BeforeEach
    void signIn() {
        if (anonymous == null) {
            anonymous = http;
            http = as(TESTER, Role.UPLOADER, Role.ANALYST, Role.AUDITOR);
        }
    }

    /** A client signed in as {@code name}, a user with these roles (made or replaced now). */
    protected TestRestTemplate as(String name, Role... roles) {
        return as(name, Set.of(), roles);
    }

    /** A client signed in as a user with these roles, scoped to these counties (none: the province). */
    protected TestRestTemplate as(String name, Set<String> counties, Role... roles) {
        users.save(new ServiceUser(name, passwords.encode(PASSWORD), Set.of(roles), counties));
        return anonymous.withBasicAuth(name, PASSWORD);
    }

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("exit-monitor.data-dir", DATA_DIR::toString);
        registry.add("exit-monitor.rules", RULES::toString);
        String url = System.getProperty("exit-monitor.test.db-url");
        if (url != null && !url.isBlank()) {
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> System.getProperty("exit-monitor.test.db-user", ""));
            registry.add("spring.datasource.password", () -> System.getProperty("exit-monitor.test.db-password", ""));
        }
    }

    protected static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/service", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected ResponseEntity<JsonNode> upload(String fileName, byte[] content) {
        return upload(fileName, content, null);
    }

    protected ResponseEntity<JsonNode> upload(String fileName, byte[] content, String user) {
        return upload(http, fileName, content, user);
    }

    /** Uploads as the client given (signed in as someone); {@code user} is sent as X-User when not null. */
    protected static ResponseEntity<JsonNode> upload(TestRestTemplate http, String fileName, byte[] content,
                                                     String user) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        if (user != null) {
            headers.add("X-User", user);   // which changes nothing: the run is recorded as the signed-in user's
        }
        return http.postForEntity("/api/runs", new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** Uploads the two-household fixture and returns the new run's id. */
    protected String uploadFixture() {
        ResponseEntity<JsonNode> response = upload("two-households.json", fixture("two-households.json"));
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("upload failed: " + response);
        }
        return response.getBody().get("id").asText();
    }

    protected JsonNode get(String path) {
        ResponseEntity<JsonNode> response = http.getForEntity(path, JsonNode.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("GET " + path + ": " + response);
        }
        return response.getBody();
    }

    /** Firings stored, over every run (each county row keeps its firings and their count). */
    protected long storedFirings() {
        Long firings = jdbc.queryForObject("SELECT COALESCE(SUM(firing_count), 0) FROM run_county", Long.class);
        return firings == null ? 0 : firings;
    }

    protected long count(String table) {
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return rows == null ? 0 : rows;
    }

    protected static Path temporaryFolder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static Path copyOfRules() {
        Path target = temporaryFolder("exit-monitor-rules");
        Path source = Path.of("rules");
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
