package org.povertyexit.monitor.service.firing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The firing table: batch inserts while a run is recorded, then queries; no updates, no deletes. */
@Repository
public class FiringStore {

    private static final String COLUMNS = "seq, rule, criterion, severity, level, entity_id, passed, measured, "
            + "threshold, parameter, department, gap, unit, message, superseded, facts, vals";

    /** A filter of the firings listing; null fields match everything. */
    public record Filter(String rule, String criterion, String entity) {
    }

    private final JdbcTemplate jdbc;

    public FiringStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A sink that writes the firings of one run (inside the caller's transaction). */
    public FiringSink sinkFor(String runId) {
        long runKey = RunKey.of(runId);
        return batch -> jdbc.batchUpdate("INSERT INTO firing (run_key, " + COLUMNS
                        + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch, batch.size(),
                (ps, f) -> {
                    Object[] values = {runKey, f.seq(), f.rule(), f.criterion(), f.severity(), f.level(),
                            f.entityId(), f.passed(), f.measured(), f.threshold(), f.parameter(), f.department(),
                            f.gap(), f.unit(), f.message(), f.superseded(), f.facts(), f.values()};
                    for (int i = 0; i < values.length; i++) {
                        ps.setObject(i + 1, values[i]);
                    }
                });
    }

    public List<FiringRecord> page(String runId, Filter filter, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(runId, filter, args);
        args.add(size);
        args.add((long) page * size);
        return jdbc.query("SELECT " + COLUMNS + " FROM firing " + where + " ORDER BY seq LIMIT ? OFFSET ?", ROW,
                args.toArray());
    }

    public long count(String runId, Filter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(runId, filter, args);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM firing " + where, Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    /** The firings that concern one entity, in order. */
    public List<FiringRecord> forEntity(String runId, String level, String entityId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM firing WHERE run_key = ? AND entity_id = ? AND level = ? "
                + "ORDER BY seq", ROW, RunKey.of(runId), entityId, level);
    }

    /** How often each rule fired in the run. */
    public Map<String, Long> countsByRule(String runId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT rule, COUNT(*) FROM firing WHERE run_key = ? GROUP BY rule ORDER BY rule",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, RunKey.of(runId));
        return counts;
    }

    /** Streams every firing of the run in sequence order (the verifier recomputes the digest). */
    public void each(String runId, Consumer<FiringRecord> visitor) {
        jdbc.query(con -> {
            var statement = con.prepareStatement("SELECT " + COLUMNS + " FROM firing WHERE run_key = ? ORDER BY seq");
            statement.setFetchSize(5000);
            statement.setLong(1, RunKey.of(runId));
            return statement;
        }, rs -> {
            visitor.accept(row(rs, 0));
        });
    }

    private static String where(String runId, Filter filter, List<Object> args) {
        StringBuilder where = new StringBuilder("WHERE run_key = ?");
        args.add(RunKey.of(runId));
        if (filter.rule() != null && !filter.rule().isBlank()) {
            where.append(" AND rule = ?");
            args.add(filter.rule());
        }
        if (filter.criterion() != null && !filter.criterion().isBlank()) {
            where.append(" AND criterion = ?");
            args.add(filter.criterion());
        }
        if (filter.entity() != null && !filter.entity().isBlank()) {
            where.append(" AND entity_id = ?");
            args.add(filter.entity());
        }
        return where.toString();
    }

    private static final RowMapper<FiringRecord> ROW = FiringStore::row;

    private static FiringRecord row(ResultSet rs, int index) throws SQLException {
        Object passed = rs.getObject("passed");
        return new FiringRecord(rs.getInt("seq"), rs.getString("rule"), rs.getString("criterion"),
                rs.getString("severity"), rs.getString("level"), rs.getString("entity_id"), (Boolean) passed,
                rs.getString("measured"), rs.getString("threshold"), rs.getString("parameter"),
                rs.getString("department"), rs.getString("gap"), rs.getString("unit"), rs.getString("message"),
                rs.getBoolean("superseded"), rs.getString("facts"), rs.getString("vals"));
    }
}
