package org.povertyexit.monitor.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.povertyexit.monitor.service.user.Role;
import org.povertyexit.monitor.service.user.ServiceUser;
import org.povertyexit.monitor.service.user.UserStore;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** The service as {@code serve} starts it, stopped and started again on the same H2 file. */
@Tag("service")
class RestartTest {

    private static final String PASSWORD = "a test password";

    @Test
    void runsSurviveARestart(@TempDir Path dataDir) throws Exception {
        byte[] dataset = Files.readAllBytes(Path.of("src/test/resources/service/two-households.json"));
        String id;
        String report;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            first.getBean(UserStore.class).save(new ServiceUser("auditor", first.getBean(PasswordEncoder.class)
                    .encode(PASSWORD), Set.of(Role.UPLOADER, Role.AUDITOR), Set.of()));
            RestClient client = client(first);
            MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
            body.add("file", new ByteArrayResource(dataset) {
                @Override
                public String getFilename() {
                    return "two-households.json";
                }
            });
            id = client.post().uri("/api/runs").contentType(MediaType.MULTIPART_FORM_DATA).body(body)
                    .retrieve().body(JsonNode.class).get("id").asText();
            report = client.get().uri("/api/runs/" + id).retrieve().body(String.class);
        }
        assertThat(Files.list(dataDir).map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".mv.db"));

        try (ConfigurableApplicationContext second = start(dataDir)) {
            RestClient client = client(second);
            assertThat(client.get().uri("/api/runs/" + id).retrieve().body(String.class)).isEqualTo(report);
            JsonNode verification = client.get().uri("/api/audit/verify").retrieve().body(JsonNode.class);
            assertThat(verification.get("intact").asBoolean()).isTrue();
            assertThat(verification.get("runsChecked").asInt()).isEqualTo(1);
            JsonNode reproduced = client.post().uri("/api/runs/" + id + "/reproduce").retrieve().body(JsonNode.class);
            assertThat(reproduced.get("identical").asBoolean()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return ExitMonitorService.start("--server.port=0", "--exit-monitor.data-dir=" + dataDir);
    }

    private static RestClient client(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getProperty("local.server.port");
        // the user stored by the first start signs in to the second: users survive a restart too
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("auditor", PASSWORD)).build();
    }
}
