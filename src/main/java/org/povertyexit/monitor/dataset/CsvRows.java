package org.povertyexit.monitor.dataset;

import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The rows of one CSV file, split into cells on a thread of its own while the caller types and checks the
 * rows before them: splitting text is a third of reading a file, so on two cores the two overlap. Rows
 * arrive in file order a batch at a time through a short queue (a few thousand rows held at most); a
 * problem met while splitting is thrown by {@link #next} where its row would have come.
 */
final class CsvRows implements AutoCloseable {

    private static final int BATCH = 1024;
    private static final int BATCHES = 8;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread splitter;
    private volatile boolean closed;
    private Iterator<String[]> batch = Collections.emptyIterator();
    private boolean ended;

    CsvRows(MappingIterator<String[]> rows, String file) {
        splitter = new Thread(() -> split(rows), "split " + file);
        splitter.setDaemon(true);
        splitter.start();
    }

    private void split(MappingIterator<String[]> rows) {
        List<String[]> next = new ArrayList<>(BATCH);
        Object last = END;
        try {
            while (!closed && rows.hasNextValue()) {
                next.add(rows.nextValue());
                if (next.size() == BATCH) {
                    put(next);
                    next = new ArrayList<>(BATCH);
                }
            }
        } catch (IOException | RuntimeException e) {
            last = e;
        }
        put(next);
        put(last);
    }

    private void put(Object item) {
        try {
            while (!closed && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the reader is behind: wait for room, unless it has stopped reading
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next row's cells, or null after the last row. */
    @SuppressWarnings("unchecked")
    String[] next() throws IOException {
        while (!batch.hasNext()) {
            if (ended) {
                return null;
            }
            Object item = take();
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof IOException problem) {
                ended = true;
                throw problem;
            }
            if (item instanceof RuntimeException problem) {
                ended = true;
                throw problem;
            }
            batch = ((List<String[]>) item).iterator();
        }
        return batch.next();
    }

    private Object take() throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        }
    }

    /** Stops the splitting thread (a reader that stops early, at a bad header, leaves the rest unread). */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            splitter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
