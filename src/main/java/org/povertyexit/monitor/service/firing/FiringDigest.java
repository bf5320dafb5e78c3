package org.povertyexit.monitor.service.firing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.povertyexit.monitor.Hashes;

/** SHA-256 over the firings of a run in sequence order: the run record carries it, the verifier recomputes it. */
public final class FiringDigest {

    private final MessageDigest digest = Hashes.digest();
    private long count;

    public void add(FiringRecord record) {
        digest.update(record.canonicalLine().getBytes(StandardCharsets.UTF_8));
        count++;
    }

    public long count() {
        return count;
    }

    public String hex() {
        return Hashes.hex(digest);
    }
}
