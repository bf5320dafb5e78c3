package org.povertyexit.monitor.service;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The embedded database closes itself for good when a write fails (a full disk, say), and every request
 * after that would fail though the disk has room again. When a request meets a closed database, its
 * pooled connections are let go, so that the next request opens the database file afresh: the service
 * recovers by itself, without a restart.
 */
@Component
public class StoreReopening {

    private static final Logger LOG = LoggerFactory.getLogger(StoreReopening.class);

    private final DataSource dataSource;

    public StoreReopening(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the failure is the database having closed itself (H2: 90098, or its store closed). */
    public static boolean closed(Throwable failure) {
        return Failures.mention(failure, "The database has been closed", "This store is closed", "90098");
    }

    /** Lets the pooled connections go; the next one opens the database again. */
    public void reopen() {
        if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            LOG.warn("the database closed itself after a failed write; its connections are renewed");
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }
}
