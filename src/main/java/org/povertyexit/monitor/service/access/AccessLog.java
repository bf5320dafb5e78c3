package org.povertyexit.monitor.service.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.povertyexit.monitor.service.audit.ChainLinks;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The access_log table: appended to, one entry at a time at the end of its chain, and read; never changed. */
@Repository
public class AccessLog {

    private static final String COLUMNS = "seq, accessed_at, accessed_by, run_id, county_code, household_id, "
            + "member_id, reason, prev_hash, record_hash";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ReentrantLock end = new ReentrantLock();

    public AccessLog(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Appends the entry at the end of the chain; returns it as stored, with its seq and hashes. */
    public IdNumberAccess append(IdNumberAccess entry) {
        end.lock();
        try {
            return transaction.execute(status -> {
                List<IdNumberAccess> last = jdbc.query("SELECT " + COLUMNS + " FROM access_log ORDER BY seq DESC "
                        + "LIMIT 1", AccessLog::row);
                IdNumberAccess linked = last.isEmpty() ? entry.linked(0, ChainLinks.GENESIS)
                        : entry.linked(last.get(0).seq(), last.get(0).recordHash());
                jdbc.update("INSERT INTO access_log (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)", linked.seq(),
                        Timestamp.from(linked.accessedAt()), linked.accessedBy(), linked.runId(),
                        linked.countyCode(), linked.householdId(), linked.memberId(), linked.reason(),
                        linked.prevHash(), linked.recordHash());
                return linked;
            });
        } finally {
            end.unlock();
        }
    }

    /** The entries about the scope's counties, oldest first. */
    public List<IdNumberAccess> entries(CountyScope scope) {
        return jdbc.query("SELECT " + COLUMNS + " FROM access_log ORDER BY seq", AccessLog::row).stream()
                .filter(entry -> scope.covers(entry.countyCode())).toList();
    }

    /** Walks the whole chain from the first entry. */
    public ChainLinks.Verification verify() {
        return ChainLinks.walk(jdbc.query("SELECT " + COLUMNS + " FROM access_log ORDER BY seq", AccessLog::row),
                IdNumberAccess::seq, IdNumberAccess::prevHash, IdNumberAccess::recordHash, IdNumberAccess::hash);
    }

    private static IdNumberAccess row(ResultSet rs, int i) throws SQLException {
        return new IdNumberAccess(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10));
    }
}
