package org.povertyexit.monitor.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The rows of one table (a CSV file, a sheet) read on a thread of its own while the caller types and checks
 * the rows before them: splitting CSV text or parsing a sheet's XML is a third to two thirds of reading a
 * table, so on two cores the two overlap. Rows arrive in order a batch at a time through a short queue (a
 * few thousand rows held at most); what the reading throws is thrown by {@link #next} after the rows before it.
 *
 * @param <X> the checked exception the reading may throw
 */
final class RowsAhead<X extends Exception> implements AutoCloseable {

    /** A row as its table numbers it (a spreadsheet's row number; the header is row 1), and its cells. */
    record Row(int number, List<String> cells) {
    }

    /** What reads a table, handing each row on in order. */
    @FunctionalInterface
    interface Reading<X extends Exception> {
        void read(RowSink rows) throws X;
    }

    /** Where the reading hands its rows. */
    @FunctionalInterface
    interface RowSink {
        void row(int number, List<String> cells);
    }

    private static final int BATCH = 1024;
    private static final int BATCHES = 8;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private volatile boolean closed;
    private Iterator<Row> batch = Collections.emptyIterator();
    private boolean ended;

    RowsAhead(String table, Reading<X> reading) {
        reader = new Thread(() -> read(reading), "read " + table);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Reading<X> reading) {
        // the batch being filled: handed on whole, then a fresh one begun
        var filling = new Object() {
            List<Row> rows = new ArrayList<>(BATCH);
        };
        Object last = END;
        try {
            reading.read((number, cells) -> {
                if (closed) {
                    throw new Stopped();
                }
                filling.rows.add(new Row(number, cells));
                if (filling.rows.size() == BATCH) {
                    put(filling.rows);
                    filling.rows = new ArrayList<>(BATCH);
                }
            });
        } catch (Stopped stopped) {
            return;
        } catch (Exception | Error e) {
            last = e;
        }
        put(filling.rows);
        put(last);
    }

    private void put(Object item) {
        try {
            while (!closed && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the caller is behind: wait for room, unless it has stopped taking rows
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next row, or null after the last one. */
    @SuppressWarnings("unchecked")
    Row next() throws X {
        while (!batch.hasNext()) {
            if (ended) {
                return null;
            }
            Object item = take();
            if (item instanceof List<?> rows) {
                batch = ((List<Row>) rows).iterator();
                continue;
            }
            ended = true;
            if (item instanceof RuntimeException problem) {
                throw problem;
            }
            if (item instanceof Error problem) {
                throw problem;
            }
            if (item instanceof Exception problem) {
                throw (X) problem;
            }
            return null;
        }
        return batch.next();
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a table", e);
        }
    }

    /** Stops the reading thread (a caller that stops early, at a bad header, leaves the rest unread). */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown into the reading when the caller has stopped taking rows. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
