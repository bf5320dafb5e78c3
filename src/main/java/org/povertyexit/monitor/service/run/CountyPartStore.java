package org.povertyexit.monitor.service.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.povertyexit.monitor.Hashes;
import org.povertyexit.monitor.service.firing.RunKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The run_county table: a row per county of a run, inserted while the run is recorded, then read. */
@Repository
public class CountyPartStore {

    private static final String HEADER = "position, county_code, first_seq, firing_count, rule_counts, "
            + "criterion_counts";

    private final JdbcTemplate jdbc;

    public CountyPartStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String runId, CountyPart part) {
        List<Object> values = new ArrayList<>(List.of(RunKey.of(runId), part.position(), part.countyCode(),
                part.firstSeq(), part.firingCount(), part.ruleCounts(), part.criterionCounts(), part.inputGz(),
                part.entitiesGz(), part.resultsGz(), part.firingsGz()));
        // a row without the ledger's items leaves their column out: migration V4 writes such rows before V9 adds it
        String ledger = "";
        if (part.ledgerGz() != null) {
            ledger = ", ledger_gz";
            values.add(part.ledgerGz());
        }
        jdbc.update("INSERT INTO run_county (run_key, " + HEADER + ", input_gz, entities_gz, results_gz, firings_gz"
                + ledger + ") VALUES (" + "?,".repeat(values.size() - 1) + "?)", values.toArray());
    }

    /** The run's counties in order, without their compressed columns. */
    public List<CountyPart> headers(String runId) {
        return jdbc.query("SELECT " + HEADER + " FROM run_county WHERE run_key = ? ORDER BY position",
                (rs, i) -> new CountyPart(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), null, null, null, null, null), RunKey.of(runId));
    }

    /** The county codes of every stored run, by run id (what decides which runs a scoped user sees). */
    public Map<String, Set<String>> countiesByRun() {
        Map<String, Set<String>> counties = new HashMap<>();
        jdbc.query("SELECT r.id, c.county_code FROM run r JOIN run_county c ON c.run_key = r.run_key",
                rs -> {
                    counties.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(rs.getString(2));
                });
        return counties;
    }

    /** A county row of an ordinary run (not a scenario): the ledger's series of the county is made of them. */
    public record SeriesRow(String runId, Instant uploadedAt, int position) {
    }

    /** The rows of the county in every ordinary run, in no particular order. */
    public List<SeriesRow> series(String countyCode) {
        return jdbc.query("SELECT r.id, r.created_at, c.position FROM run r JOIN run_county c "
                        + "ON c.run_key = r.run_key WHERE c.county_code = ? AND r.baseline_id IS NULL",
                (rs, i) -> new SeriesRow(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)), countyCode);
    }

    /** The county's remediation items as the ledger reads them; empty when its row was stored without. */
    public Optional<byte[]> ledgerGz(String runId, int position) {
        return jdbc.query("SELECT ledger_gz FROM run_county WHERE run_key = ? AND position = ?",
                (rs, i) -> Optional.ofNullable(rs.getBytes(1)), RunKey.of(runId), position).stream().findFirst()
                .flatMap(gz -> gz);
    }

    public Optional<byte[]> entitiesGz(String runId, int position) {
        return one("entities_gz", runId, position);
    }

    /** Each county's entities, by position. */
    public void eachEntities(String runId, EntitiesVisitor visitor) {
        jdbc.query("SELECT position, entities_gz FROM run_county WHERE run_key = ? ORDER BY position",
                rs -> {
                    visitor.visit(rs.getInt(1), rs.getBytes(2));
                }, RunKey.of(runId));
    }

    /** What {@link #eachEntities} hands over: a county's position and its compressed entity list. */
    @FunctionalInterface
    public interface EntitiesVisitor {
        void visit(int position, byte[] entitiesGz);
    }

    /** The county's canonical facts: personal data, never served. */
    public Optional<byte[]> inputGz(String runId, int position) {
        return one("input_gz", runId, position);
    }

    public Optional<byte[]> resultsGz(String runId, int position) {
        return one("results_gz", runId, position);
    }

    public Optional<byte[]> firingsGz(String runId, int position) {
        return one("firings_gz", runId, position);
    }

    /** Every row of the run whole, one at a time in order (the verifier's walk). */
    public void eachWhole(String runId, Consumer<CountyPart> visitor) {
        List<Integer> positions = jdbc.queryForList("SELECT position FROM run_county WHERE run_key = ? "
                + "ORDER BY position", Integer.class, RunKey.of(runId));
        for (int position : positions) {
            jdbc.query("SELECT " + HEADER + ", input_gz, entities_gz, results_gz, firings_gz, ledger_gz "
                    + "FROM run_county "
                    + "WHERE run_key = ? AND position = ?", WHOLE, RunKey.of(runId), position).forEach(visitor);
        }
    }

    /** SHA-256 over the run's county rows as stored, in order: what the run row's counties_sha256 must be. */
    public String digest(String runId) {
        MessageDigest digest = Hashes.digest();
        eachWhole(runId, part -> digest.update(part.digestLine().getBytes(StandardCharsets.UTF_8)));
        return Hashes.hex(digest);
    }

    private Optional<byte[]> one(String column, String runId, int position) {
        return jdbc.query("SELECT " + column + " FROM run_county WHERE run_key = ? AND position = ?",
                (rs, i) -> rs.getBytes(1), RunKey.of(runId), position).stream().findFirst();
    }

    private static final RowMapper<CountyPart> WHOLE = (rs, i) -> new CountyPart(rs.getInt(1), rs.getString(2),
            rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getBytes(7), rs.getBytes(8),
            rs.getBytes(9), rs.getBytes(10), rs.getBytes(11));
}
