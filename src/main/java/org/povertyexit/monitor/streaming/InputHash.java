package org.povertyexit.monitor.streaming;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.FutureTask;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.dataset.DatasetOutline;

/**
 * The input's hash, made from its counties' households as they are evaluated. The canonical form lists
 * every household by id: in general each county's canonical JSON is written out as a sorted run, and the
 * runs are merged once the last county is done. An input whose counties follow one another in id order (as
 * one numbered county by county does, known once it is read) is hashed as its counties come instead, with
 * nothing written: for a million households that was 1.2 GB written, read back and deleted.
 */
final class InputHash {

    /** One county's canonical JSON as its evaluating thread left it: a run written, or the entries in order. */
    record Part(SortedRuns.Run run, List<SortedRuns.Entry> entries) {
    }

    private final SortedRuns runs;
    private final CanonicalForm.Digest inOrder;

    private InputHash(SortedRuns runs, CanonicalForm.Digest inOrder) {
        this.runs = runs;
        this.inOrder = inOrder;
    }

    /** Counties in any order of ids: sorted runs in {@code work}, merged at the end. */
    static InputHash merged(Path work) {
        return new InputHash(new SortedRuns(work, "canonical"), null);
    }

    /** Counties known in id order (counties by code, households by id within each): hashed as they come. */
    static InputHash inOrder(DatasetOutline outline) {
        return new InputHash(null, new CanonicalForm.Digest(outline));
    }

    /** On the thread that evaluated the county: its entries (in key order) written out, or kept to be hashed. */
    Part prepare(List<SortedRuns.Entry> canonical) throws IOException {
        return runs == null ? new Part(null, canonical) : new Part(runs.write(canonical), null);
    }

    /** In county order, on the one thread that orders the counties. */
    void add(Part part) {
        if (runs != null) {
            runs.add(part.run());
        } else {
            part.entries().forEach(entry -> inOrder.household(entry.json()));
        }
    }

    /** The hash of the input {@code outline} outlines, once every county is added: a task for a thread of its own. */
    FutureTask<String> hashing(DatasetOutline outline) {
        return new FutureTask<>(() -> runs != null ? CanonicalForm.sha256(outline, runs.merged()) : inOrder.sha256());
    }
}
