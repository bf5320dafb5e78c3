package org.povertyexit.monitor.service;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For operators: whether the audit trail can be read. A connection that says it is valid does not tell
 * (the embedded database, closed by a failed write, still answers so); a read of the run table does, and
 * a closed database is opened again for the next check.
 */
@Component("trail")
public class TrailHealth implements HealthIndicator {

    private final JdbcTemplate jdbc;
    private final StoreReopening store;

    public TrailHealth(JdbcTemplate jdbc, StoreReopening store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public Health health() {
        try {
            Long runs = jdbc.queryForObject("SELECT COUNT(*) FROM run", Long.class);
            return Health.up().withDetail("runs", runs == null ? 0 : runs).build();
        } catch (DataAccessException e) {
            if (StoreReopening.closed(e)) {
                store.reopen();
            }
            return Health.down().withDetail("error", "the run table cannot be read: " + e.getClass().getSimpleName())
                    .build();
        }
    }
}
