package org.povertyexit.monitor.service.ruleset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.povertyexit.monitor.service.audit.ChainLinks;
import org.povertyexit.monitor.service.run.RuleSnapshotStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The rule_set table: activations appended at the end of their chain, never changed; the last is in force. */
@Repository
public class RuleSetLog {

    private static final String COLUMNS = "seq, activated_at, activated_by, origin, ruleset_version, test_cases, "
            + "files_gz, prev_hash, record_hash";

    private final JdbcTemplate jdbc;

    public RuleSetLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the activation (callers hold the current rules' lock, the one writer); returns it as stored. */
    public RuleSetActivation append(RuleSetActivation activation) {
        RuleSetActivation linked = latest().map(last -> activation.linked(last.seq(), last.recordHash()))
                .orElseGet(() -> activation.linked(0, ChainLinks.GENESIS));
        jdbc.update("INSERT INTO rule_set (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)", linked.seq(),
                Timestamp.from(linked.activatedAt()), linked.activatedBy(), linked.origin(), linked.rulesetVersion(),
                linked.testCases(), linked.filesGz(), linked.prevHash(), linked.recordHash());
        return linked;
    }

    /** The set in force: the last one activated. */
    public Optional<RuleSetActivation> latest() {
        return jdbc.query("SELECT " + COLUMNS + " FROM rule_set ORDER BY seq DESC LIMIT 1", RuleSetLog::row).stream()
                .findFirst();
    }

    public List<RuleSetActivation> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM rule_set ORDER BY seq", RuleSetLog::row);
    }

    public ChainLinks.Verification verify() {
        return ChainLinks.walk(all(), RuleSetActivation::seq, RuleSetActivation::prevHash,
                RuleSetActivation::recordHash, RuleSetActivation::hash);
    }

    /** The files of an activation, by relative path. */
    public static Map<String, String> files(RuleSetActivation activation) {
        return RuleSnapshotStore.unpacked(activation.filesGz());
    }

    private static RuleSetActivation row(ResultSet rs, int i) throws SQLException {
        return new RuleSetActivation(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getBytes(7), rs.getString(8), rs.getString(9));
    }
}
