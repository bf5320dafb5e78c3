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

    /** A firing's canonical line given piece by piece (see {@link FiringBlock#digest}): its seq first. */
    void startLine(int seq) {
        digest.update(FiringRecord.seqText(seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** The next field's text, as UTF-8, followed by the separator. */
    void field(byte[] utf8, int offset, int length) {
        digest.update(utf8, offset, length);
        digest.update((byte) FiringRecord.SEPARATOR);
    }

    void endLine() {
        digest.update((byte) '\n');
        count++;
    }

    public long count() {
        return count;
    }

    public String hex() {
        return Hashes.hex(digest);
    }
}
