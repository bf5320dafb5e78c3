package org.povertyexit.monitor.service.audit;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.povertyexit.monitor.Hashes;

/**
 * How the service's append-only logs beside the run chain (the access log, the rule set activations)
 * are linked: each entry's hash covers its fields and the previous entry's hash, so a changed, removed
 * or inserted entry breaks the walk from the first.
 */
public final class ChainLinks {

    /** The previous hash of a first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The outcome of a walk: {@code intact}, or the first entry that breaks it and why. */
    public record Verification(boolean intact, long entriesChecked, Long firstBreakSeq, String reason) {
    }

    private ChainLinks() {
    }

    /** SHA-256 over the fields, one per line, then the previous entry's hash. */
    public static String hash(List<String> fields, String previousHash) {
        return Hashes.sha256(String.join("\n", fields) + "\n" + previousHash);
    }

    /** Walks the entries in order: numbered 1, 2, …, each linked to the one before and hashing to its hash. */
    public static <E> Verification walk(List<E> entries, ToLongFunction<E> seq, Function<E, String> previousHash,
                                        Function<E, String> storedHash, Function<E, String> recomputedHash) {
        long expected = 1;
        String previous = GENESIS;
        for (E entry : entries) {
            String broken = seq.applyAsLong(entry) != expected ? "entry " + expected + " is missing"
                    : !previousHash.apply(entry).equals(previous) ? "does not link to the previous entry's hash"
                    : !recomputedHash.apply(entry).equals(storedHash.apply(entry))
                    ? "the entry was altered: its hash does not match" : null;
            if (broken != null) {
                return new Verification(false, expected - 1, seq.applyAsLong(entry), broken);
            }
            previous = storedHash.apply(entry);
            expected++;
        }
        return new Verification(true, expected - 1, null, null);
    }
}
