package org.povertyexit.monitor.service.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.povertyexit.monitor.service.audit.RecordHash;
import org.povertyexit.monitor.service.firing.RunKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The run table: insert and read, nothing else (the trail is append-only). */
@Repository
public class RunStore {

    private static final String ALL_COLUMNS = "seq, id, created_at, created_by, input_name, assessment_year, "
            + "households, input_sha256, ruleset_version, parameters_version, rule_snapshot, parameters_json, "
            + "summary_json, input_gz, report_gz, firing_count, firings_sha256, prev_hash, record_hash, baseline_id, "
            + "scenario_name, scenario_json, scenario_flips, counties_sha256";
    private static final String HEADER_COLUMNS = ALL_COLUMNS.replace("input_gz, report_gz", "NULL AS input_gz, "
            + "NULL AS report_gz");

    /** The end of the chain: where the next run attaches. */
    public record ChainEnd(long seq, String hash) {
    }

    private final JdbcTemplate jdbc;

    public RunStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RunRecord run) {
        ScenarioOrigin scenario = run.scenario();
        jdbc.update("INSERT INTO run (run_key, " + ALL_COLUMNS + ") VALUES (" + "?,".repeat(24) + "?)",
                RunKey.of(run.id()), run.seq(), run.id(), Timestamp.from(run.createdAt()), run.createdBy(),
                run.inputName(),
                run.assessmentYear(), run.households(), run.inputSha256(), run.rulesetVersion(),
                run.parametersVersion(), run.ruleSnapshot(), run.parametersJson(), run.summaryJson(), run.inputGz(),
                run.reportGz(), run.firingCount(), run.firingsSha256(), run.prevHash(), run.recordHash(),
                scenario == null ? null : scenario.baselineId(), scenario == null ? null : scenario.name(),
                scenario == null ? null : scenario.text(), scenario == null ? null : scenario.flips(),
                run.countiesSha256());
    }

    public ChainEnd chainEnd() {
        List<ChainEnd> last = jdbc.query("SELECT seq, record_hash FROM run ORDER BY seq DESC LIMIT 1",
                (rs, i) -> new ChainEnd(rs.getLong(1), rs.getString(2)));
        return last.isEmpty() ? new ChainEnd(0, RecordHash.GENESIS) : last.get(0);
    }

    /** The run without its snapshots (they are read on their own when needed). */
    public Optional<RunRecord> header(String id) {
        return jdbc.query("SELECT " + HEADER_COLUMNS + " FROM run WHERE id = ?", ROW, id).stream().findFirst();
    }

    public List<RunRecord> headers() {
        return jdbc.query("SELECT " + HEADER_COLUMNS + " FROM run ORDER BY seq", ROW);
    }

    /** The scenario runs of a baseline, oldest first. */
    public List<RunRecord> scenariosOf(String baselineId) {
        return jdbc.query("SELECT " + HEADER_COLUMNS + " FROM run WHERE baseline_id = ? ORDER BY seq", ROW,
                baselineId);
    }

    public Optional<byte[]> reportGz(String id) {
        return jdbc.query("SELECT report_gz FROM run WHERE id = ?", (rs, i) -> rs.getBytes(1), id).stream()
                .findFirst();
    }

    public Optional<byte[]> inputGz(String id) {
        return jdbc.query("SELECT input_gz FROM run WHERE id = ?", (rs, i) -> rs.getBytes(1), id).stream()
                .findFirst();
    }

    /** Every run with its snapshots, one at a time in chain order (the verifier's walk). */
    public void eachInChainOrder(Consumer<RunRecord> visitor) {
        List<Long> positions = jdbc.queryForList("SELECT seq FROM run ORDER BY seq", Long.class);
        for (long seq : positions) {
            jdbc.query("SELECT " + ALL_COLUMNS + " FROM run WHERE seq = ?", ROW, seq).forEach(visitor);
        }
    }

    private static final RowMapper<RunRecord> ROW = RunStore::row;

    private static RunRecord row(ResultSet rs, int index) throws SQLException {
        Instant created = rs.getTimestamp("created_at").toInstant();
        return new RunRecord(rs.getLong("seq"), rs.getString("id"), created, rs.getString("created_by"),
                rs.getString("input_name"), rs.getInt("assessment_year"), rs.getInt("households"),
                rs.getString("input_sha256"), rs.getString("ruleset_version"), rs.getString("parameters_version"),
                rs.getString("rule_snapshot"), rs.getString("parameters_json"), rs.getString("summary_json"),
                rs.getBytes("input_gz"), rs.getBytes("report_gz"), rs.getLong("firing_count"),
                rs.getString("firings_sha256"), rs.getString("prev_hash"), rs.getString("record_hash"),
                scenario(rs), rs.getString("counties_sha256"));
    }

    private static ScenarioOrigin scenario(ResultSet rs) throws SQLException {
        String baseline = rs.getString("baseline_id");
        return baseline == null ? null : new ScenarioOrigin(baseline, rs.getString("scenario_name"),
                rs.getString("scenario_json"), rs.getInt("scenario_flips"));
    }
}
