package org.povertyexit.monitor.service;

import java.util.List;

/** What a failure says anywhere down its causes: the database and the file system say it only in words. */
final class Failures {

    private Failures() {
    }

    /** Whether the failure, or any cause of it, says one of the phrases. */
    static boolean mention(Throwable failure, String... phrases) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (List.of(phrases).stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }
}
