package org.povertyexit.monitor.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.UncategorizedSQLException;

/** A database that closed itself after a failed write is opened again by the next request, not left closed. */
class StoreReopeningTest {

    private final AtomicInteger reopened = new AtomicInteger();
    private final StorageErrors errors = new StorageErrors(new StoreReopening(null) {
        @Override
        public void reopen() {
            reopened.incrementAndGet();
        }
    });

    @Test
    void aClosedDatabaseIsReopenedAndTheClientAskedToTryAgain() {
        ResponseEntity<?> answer = errors.storage(new UncategorizedSQLException("query", "SELECT 1",
                new SQLException("General error: \"org.h2.mvstore.MVStoreException: This store is closed\"")));
        assertThat(reopened).hasValue(1);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    }

    @Test
    void aClosedDatabaseOnAFullDiskIs507AndStillReopened() {
        SQLException full = new SQLException("Database closed", new IOException("No space left on device"));
        ResponseEntity<?> answer = errors.storage(new UncategorizedSQLException("write", "INSERT",
                new SQLException("The database has been closed [90098-232]", full)));
        assertThat(reopened).hasValue(1);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INSUFFICIENT_STORAGE);
    }

    @Test
    void anyOtherFailureLeavesTheConnectionsAlone() {
        ResponseEntity<?> answer = errors.storage(new UncategorizedSQLException("query", "SELECT 1",
                new SQLException("Syntax error")));
        assertThat(reopened).hasValue(0);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
