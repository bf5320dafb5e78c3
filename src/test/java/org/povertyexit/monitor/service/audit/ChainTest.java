package org.povertyexit.monitor.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.ServiceTest;
import org.povertyexit.monitor.service.firing.FiringBlock;
import org.povertyexit.monitor.service.firing.FiringRecord;

class ChainTest extends ServiceTest {

    private static final String OF_RUN = "(SELECT run_key FROM run WHERE id = ?)";
    private static final String FIRST_COUNTY = " FROM run_county WHERE run_key = " + OF_RUN + " AND position = 0";

    @Test
    void anUntouchedChainVerifies() {
        uploadFixture();
        uploadFixture();
        JsonNode verification = get("/api/audit/verify");
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("runsChecked").asLong()).isEqualTo(count("run"));
        Long firings = jdbc.queryForObject("SELECT SUM(firing_count) FROM run", Long.class);
        assertThat(verification.get("firingsChecked").asLong()).isEqualTo(firings);
        Long keyed = jdbc.queryForObject("SELECT COUNT(*) FROM run_county c JOIN run r ON c.run_key = r.run_key",
                Long.class);
        assertThat(keyed).isEqualTo(count("run_county"));
        Long linked = jdbc.queryForObject("SELECT COUNT(*) FROM run r JOIN run p ON r.prev_hash = p.record_hash",
                Long.class);
        assertThat(linked).isEqualTo(count("run") - 1);
    }

    @Test
    void anAlteredFiringIsTheFirstBreak() {
        String run = uploadFixture();
        uploadFixture();
        byte[] stored = alterFirings(run, firings -> {
            FiringRecord f = firings.get(2);
            firings.set(2, new FiringRecord(f.seq(), f.rule(), f.criterion(), f.severity(), f.level(), f.entityId(),
                    f.passed(), f.measured(), f.threshold(), f.parameter(), f.department(), f.gap(), f.unit(),
                    f.message(), f.superseded(), f.facts(), f.values() + " "));
            return firings;
        });
        try {
            JsonNode verification = get("/api/audit/verify");
            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.at("/firstBreak/runId").asText()).isEqualTo(run);
            assertThat(verification.at("/firstBreak/reason").asText()).contains("firing record was altered");
        } finally {
            restoreFirings(run, stored);
        }
        assertThat(get("/api/audit/verify").get("intact").asBoolean()).isTrue();
    }

    @Test
    void aRemovedFiringIsReported() {
        String run = uploadFixture();
        byte[] stored = alterFirings(run, firings -> firings.subList(1, firings.size()));
        try {
            JsonNode verification = get("/api/audit/verify");
            assertThat(verification.at("/firstBreak/runId").asText()).isEqualTo(run);
            assertThat(verification.at("/firstBreak/reason").asText()).contains("firings were added or removed");
        } finally {
            restoreFirings(run, stored);
        }
        assertThat(get("/api/audit/verify").get("intact").asBoolean()).isTrue();
    }

    @Test
    void anAlteredCountyResultIsReported() {
        String run = uploadFixture();
        byte[] results = jdbc.queryForObject("SELECT results_gz" + FIRST_COUNTY, byte[].class, run);
        byte[] altered = results.clone();
        altered[altered.length - 5] ^= 1;
        jdbc.update("UPDATE run_county SET results_gz = ? WHERE run_key = " + OF_RUN + " AND position = 0", altered,
                run);
        try {
            JsonNode verification = get("/api/audit/verify");
            assertThat(verification.at("/firstBreak/runId").asText()).isEqualTo(run);
            assertThat(verification.at("/firstBreak/reason").asText()).contains("county row");
        } finally {
            jdbc.update("UPDATE run_county SET results_gz = ? WHERE run_key = " + OF_RUN + " AND position = 0",
                    results, run);
        }
        assertThat(get("/api/audit/verify").get("intact").asBoolean()).isTrue();
    }

    @Test
    void anAlteredRunRowIsReported() {
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
        assertThat(get("/api/audit/verify").get("intact").asBoolean()).isTrue();
    }

    /** Rewrites the first county's firing block of the run; returns the block as it was. */
    private byte[] alterFirings(String run, UnaryOperator<List<FiringRecord>> change) {
        byte[] stored = jdbc.queryForObject("SELECT firings_gz" + FIRST_COUNTY, byte[].class, run);
        Integer first = jdbc.queryForObject("SELECT first_seq" + FIRST_COUNTY, Integer.class, run);
        List<FiringRecord> firings = change.apply(new ArrayList<>(FiringBlock.decode(stored, first)));
        jdbc.update("UPDATE run_county SET firings_gz = ? WHERE run_key = " + OF_RUN + " AND position = 0",
                FiringBlock.encode(firings).deflated(), run);
        return stored;
    }

    private void restoreFirings(String run, byte[] stored) {
        jdbc.update("UPDATE run_county SET firings_gz = ? WHERE run_key = " + OF_RUN + " AND position = 0", stored,
                run);
    }
}
