package org.povertyexit.monitor.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.povertyexit.monitor.service.run.DiskSpace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Failures to read or write the service's own data, answered without a stack trace: a full disk (507),
 * a database closed by a failed write (opened again; 503, try again), anything else (500).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)   // asked after ApiErrors, which knows the request's own faults
public class StorageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(StorageErrors.class);

    private final StoreReopening store;

    public StorageErrors(StoreReopening store) {
        this.store = store;
    }

    @ExceptionHandler(DiskSpace.Full.class)
    public ResponseEntity<Map<String, Object>> diskFull(DiskSpace.Full e) {
        return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).body(Map.of("error", e.getMessage()));
    }

    /**
     * A failure to read or write: a full disk is the operator's to fix (507, nothing stored, and reads go on);
     * anything else is ours (500). Either way the client gets no stack trace, and the log gets the kind of
     * failure, not its message (a database's message may quote a value of the input).
     */
    @ExceptionHandler({IOException.class, UncheckedIOException.class, DataAccessException.class})
    public ResponseEntity<Map<String, Object>> storage(Exception e) {
        boolean closed = StoreReopening.closed(e);
        if (closed) {
            store.reopen();
        }
        if (diskFull(e)) {
            LOG.warn("a request failed on a full disk; nothing was stored");
            return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).body(Map.of("error",
                    "the service's disk is full; nothing was stored. Ask the operator to free space, then try again"));
        }
        if (closed) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(Map.of("error", "the database closed itself after a failed write (a full disk?) and is "
                            + "being opened again; try again in a few seconds"));
        }
        LOG.error("a request failed: {} ({})", e.getClass().getName(), rootCause(e).getClass().getName());
        return ResponseEntity.internalServerError().body(Map.of("error",
                "the service failed to read or write its data; nothing was stored"));
    }

    private static boolean diskFull(Throwable e) {
        return Failures.mention(e, "No space left on device", "There is not enough space");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
