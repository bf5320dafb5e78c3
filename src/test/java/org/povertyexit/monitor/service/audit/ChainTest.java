package org.povertyexit.monitor.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.ServiceTest;

class ChainTest extends ServiceTest {

    private static final String OF_RUN = "(SELECT run_key FROM run WHERE id = ?)";

    @Test
    void anUntouchedChainVerifies() {
        uploadFixture();
        uploadFixture();
        JsonNode verification = get("/api/audit/verify");
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("runsChecked").asLong()).isEqualTo(count("run"));
        assertThat(verification.get("firingsChecked").asLong()).isEqualTo(count("firing"));
        Long keyed = jdbc.queryForObject("SELECT COUNT(*) FROM firing f JOIN run r ON f.run_key = r.run_key", Long.class);
        assertThat(keyed).isEqualTo(count("firing"));
        Long linked = jdbc.queryForObject("SELECT COUNT(*) FROM run r JOIN run p ON r.prev_hash = p.record_hash",
                Long.class);
        assertThat(linked).isEqualTo(count("run") - 1);
    }

    @Test
    void anAlteredFiringIsTheFirstBreak() {
        String run = uploadFixture();
        uploadFixture();
        String third = " FROM firing WHERE run_key = " + OF_RUN + " AND seq = 3";
        String values = jdbc.queryForObject("SELECT vals" + third, String.class, run);
        jdbc.update("UPDATE firing SET vals = ? WHERE run_key = " + OF_RUN + " AND seq = 3", values + " ", run);
        try {
            JsonNode verification = get("/api/audit/verify");
            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.at("/firstBreak/runId").asText()).isEqualTo(run);
            assertThat(verification.at("/firstBreak/reason").asText()).contains("firing record was altered");
        } finally {
            jdbc.update("UPDATE firing SET vals = ? WHERE run_key = " + OF_RUN + " AND seq = 3", values, run);
        }
        assertThat(get("/api/audit/verify").get("intact").asBoolean()).isTrue();
    }

    @Test
    void anAlteredOrRemovedRunRowIsReported() {
        String run = uploadFixture();
        String user = jdbc.queryForObject("SELECT created_by FROM run WHERE id = ?", String.class, run);
        jdbc.update("UPDATE run SET created_by = 'someone else' WHERE id = ?", run);
        try {
            JsonNode verification = get("/api/audit/verify");
            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.at("/firstBreak/runId").asText()).isEqualTo(run);
            assertThat(verification.at("/firstBreak/reason").asText()).contains("run row was altered");
        } finally {
            jdbc.update("UPDATE run SET created_by = ? WHERE id = ?", user, run);
        }
        Map<String, Object> first = jdbc.queryForMap("SELECT * FROM firing WHERE run_key = " + OF_RUN
                + " AND seq = 1", run);
        jdbc.update("DELETE FROM firing WHERE run_key = " + OF_RUN + " AND seq = 1", run);
        JsonNode verification = get("/api/audit/verify");
        assertThat(verification.at("/firstBreak/runId").asText()).isEqualTo(run);
        assertThat(verification.at("/firstBreak/reason").asText()).contains("firings were added or removed");
        // put the row back as it was, so the database the test classes share stays intact
        List<String> columns = List.copyOf(first.keySet());
        jdbc.update("INSERT INTO firing (" + String.join(",", columns) + ") VALUES ("
                + String.join(",", Collections.nCopies(columns.size(), "?")) + ")",
                columns.stream().map(first::get).toArray());
        assertThat(get("/api/audit/verify").get("intact").asBoolean()).isTrue();
    }
}
