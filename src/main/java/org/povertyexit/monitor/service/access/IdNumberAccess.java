package org.povertyexit.monitor.service.access;

import java.time.Instant;
import java.util.List;
import org.povertyexit.monitor.service.audit.ChainLinks;

/**
 * One entry of the access log: an auditor saw a member's whole ID number. It names who, when, which
 * member of which run, and why, never the number itself; {@code recordHash} covers every field and the
 * previous entry's hash.
 */
public record IdNumberAccess(long seq, Instant accessedAt, String accessedBy, String runId, String countyCode,
                             String householdId, String memberId, String reason, String prevHash,
                             String recordHash) {

    /** The entry linked after {@code previous} (its seq and hash), with its own hash. */
    IdNumberAccess linked(long previousSeq, String previousHash) {
        IdNumberAccess entry = new IdNumberAccess(previousSeq + 1, accessedAt, accessedBy, runId, countyCode,
                householdId, memberId, reason, previousHash, null);
        return new IdNumberAccess(entry.seq, accessedAt, accessedBy, runId, countyCode, householdId, memberId,
                reason, previousHash, entry.hash());
    }

    /** The hash over every field but the hash itself, linked to the previous entry's. */
    String hash() {
        return ChainLinks.hash(List.of(Long.toString(seq), Long.toString(accessedAt.toEpochMilli()), accessedBy,
                runId, countyCode, householdId, memberId, reason), prevHash);
    }
}
