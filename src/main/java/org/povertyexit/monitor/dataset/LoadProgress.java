package org.povertyexit.monitor.dataset;

import java.util.function.Consumer;

/**
 * Tells someone waiting on a large input how far loading has got. Quiet for the first two seconds
 * (small inputs print nothing), then a line every 100,000 rows of a file, and, if it told anything,
 * one when the checks across entities start.
 */
public final class LoadProgress {

    public static final LoadProgress SILENT = new LoadProgress(null);

    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final int EVERY_ROWS = 100_000;

    private final Consumer<String> out;
    private final long quietNanos;
    private final long started = System.nanoTime();
    private String file;
    private long rows;
    private boolean told;

    /** {@code out} receives each progress line (the command line: stderr); null for none. */
    public LoadProgress(Consumer<String> out) {
        this(out, QUIET_NANOS);
    }

    LoadProgress(Consumer<String> out, long quietNanos) {
        this.out = out;
        this.quietNanos = quietNanos;
    }

    void row(String source) {
        if (out == null) {
            return;
        }
        if (!source.equals(file)) {
            file = source;
            rows = 0;
        }
        if (++rows % EVERY_ROWS == 0 && elapsed() >= quietNanos) {
            told = true;
            out.accept(String.format("loading %s: %,d rows (%d s)", file, rows, elapsed() / 1_000_000_000L));
        }
    }

    void phase(String what) {
        if (told) {
            out.accept(what + " (" + elapsed() / 1_000_000_000L + " s)");
        }
    }

    private long elapsed() {
        return System.nanoTime() - started;
    }
}
