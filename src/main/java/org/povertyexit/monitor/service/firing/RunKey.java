package org.povertyexit.monitor.service.firing;

import java.util.UUID;

/**
 * The numeric key firing rows carry for their run: derived from the run's UUID, so no sequence is
 * needed before the run row exists, and far cheaper to store and index a million times than the
 * 36-character id (run.run_key is unique, so two runs can never share one).
 */
public final class RunKey {

    private RunKey() {
    }

    /** The key of a run id; an id that is not a UUID has no run, and gets a key no run has (-1). */
    public static long of(String runId) {
        try {
            UUID uuid = UUID.fromString(runId);
            return (uuid.getMostSignificantBits() ^ uuid.getLeastSignificantBits()) & Long.MAX_VALUE;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
