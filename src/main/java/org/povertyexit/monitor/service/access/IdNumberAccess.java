package org.povertyexit.monitor.service.access;

import java.time.Instant;
import org.povertyexit.monitor.Hashes;

/**
 * One entry of the access log: an auditor saw a member's whole ID number. It names who, when, which
 * member of which run, and why, never the number itself; {@code recordHash} covers every field and the
 * previous entry's hash.
 */
public record IdNumberAccess(long seq, Instant accessedAt, String accessedBy, String runId, String countyCode,
                             String householdId, String memberId, String reason, String prevHash,
                             String recordHash) {

    /** The {@code prevHash} of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The entry linked after {@code previous} (its seq and hash), with its own hash. */
    IdNumberAccess linked(long previousSeq, String previousHash) {
        IdNumberAccess entry = new IdNumberAccess(previousSeq + 1, accessedAt, accessedBy, runId, countyCode,
                householdId, memberId, reason, previousHash, null);
        return new IdNumberAccess(entry.seq, accessedAt, accessedBy, runId, countyCode, householdId, memberId,
                reason, previousHash, entry.hash());
    }

    /** SHA-256 over every field but the hash itself, one per line. */
    String hash() {
        return Hashes.sha256(String.join("\n", Long.toString(seq), Long.toString(accessedAt.toEpochMilli()),
                accessedBy, runId, countyCode, householdId, memberId, reason, prevHash));
    }
}
