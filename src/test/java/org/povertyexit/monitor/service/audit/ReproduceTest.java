package org.povertyexit.monitor.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.ServiceTest;

class ReproduceTest extends ServiceTest {

    @Test
    void aStoredRunReproducesIdenticallyAfterTheRulesFolderIsEdited() throws IOException {
        String run = uploadFixture();
        Path drl = RULES.resolve("household-criteria.drl");
        String originalDrl = Files.readString(drl);
        try {
            // a changed rule file (one that still passes the rule test cases, so it is put in force)
            Files.writeString(drl, originalDrl + "\n// edited after the run\n");
            JsonNode later = upload("two-households.json", fixture("two-households.json")).getBody();
            assertThat(later.get("rulesetVersion").asText()).isNotEqualTo(get("/api/runs/" + run)
                    .at("/run/rulesetVersion").asText());

            JsonNode reproduced = http.postForObject("/api/runs/" + run + "/reproduce", null, JsonNode.class);

            assertThat(reproduced.get("differences")).isEmpty();
            assertThat(reproduced.get("identical").asBoolean()).isTrue();
            assertThat(reproduced.get("firings").asLong()).isPositive();
        } finally {
            Files.writeString(drl, originalDrl);
        }
    }
}
