package org.povertyexit.monitor.streaming;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.povertyexit.monitor.PrivateFiles;

/**
 * One list of the report (or of the canonical form) too long to hold: written to disk as sorted runs,
 * one per county, and read back merged into a single sequence in key order. Equal keys keep the order
 * their runs were added in, as a stable in-memory sort would.
 */
final class SortedRuns {

    /** One item: its sort key and its compact JSON in UTF-8 (which holds no raw line feed). */
    record Entry(String key, byte[] json) {
    }

    private static final ObjectMapper KEYS = new ObjectMapper();

    private final Path folder;
    private final String name;
    private final List<Path> runs = new ArrayList<>();
    private final AtomicInteger written = new AtomicInteger();

    SortedRuns(Path folder, String name) {
        this.folder = folder;
        this.name = name;
    }

    /** A run written to its file but not yet part of the list: see {@link #write}. */
    record Run(Path file) {
    }

    /** Adds one run; {@code entries} must already be in key order. */
    void add(List<Entry> entries) throws IOException {
        add(write(entries));
    }

    /**
     * Writes one run ({@code entries} in key order) without adding it: any thread may write a run, the one
     * thread that orders the runs then adds them, so that writing does not wait its turn.
     */
    Run write(List<Entry> entries) throws IOException {
        Path run = folder.resolve(name + "-" + written.getAndIncrement() + ".jsonl");
        try (OutputStream out = new BufferedOutputStream(PrivateFiles.create(run), 1 << 16)) {
            for (Entry entry : entries) {
                // the key as a JSON string: a key with a tab or line break cannot break the line apart
                out.write(KEYS.writeValueAsBytes(entry.key()));
                out.write('\t');
                out.write(entry.json());
                out.write('\n');
            }
        }
        return new Run(run);
    }

    /** Adds a run {@link #write written} before; equal keys keep the order runs are added in. */
    void add(Run run) {
        runs.add(run.file());
    }

    /** The JSON of every entry of every run, in key order. Each run is read once, a line at a time. */
    Iterator<byte[]> merged() throws IOException {
        record Head(Entry entry, int run, ByteLines lines) {
        }
        PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing((Head head) -> head.entry().key())
                .thenComparingInt(Head::run));
        for (int run = 0; run < runs.size(); run++) {
            ByteLines lines = new ByteLines(runs.get(run));
            Entry first = readEntry(lines);
            if (first != null) {
                heads.add(new Head(first, run, lines));
            } else {
                lines.close();
            }
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public byte[] next() {
                Head head = heads.poll();
                if (head == null) {
                    throw new NoSuchElementException();
                }
                try {
                    Entry following = readEntry(head.lines());
                    if (following != null) {
                        heads.add(new Head(following, head.run(), head.lines()));
                    } else {
                        head.lines().close();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return head.entry().json();
            }
        };
    }

    private static Entry readEntry(ByteLines lines) throws IOException {
        if (!lines.advance()) {
            return null;
        }
        int tab = 0;
        boolean escaped = false;
        while (lines.at(tab) != '\t') {
            escaped |= lines.at(tab) == '\\';
            tab++;
        }
        // most keys are plain ids: only one with an escape needs a JSON parser to read it back
        String key = escaped ? KEYS.readValue(lines.copy(0, tab), String.class) : lines.text(1, tab - 1);
        return new Entry(key, lines.copy(tab + 1, lines.length()));
    }
}
