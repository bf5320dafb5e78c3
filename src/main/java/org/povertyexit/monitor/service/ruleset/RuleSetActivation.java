package org.povertyexit.monitor.service.ruleset;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.povertyexit.monitor.Hashes;
import org.povertyexit.monitor.service.audit.ChainLinks;

/**
 * A rule set put in force: when, by whom, from where, its version and how many test cases it passed,
 * and its files (DRL, parameters/, tests/), linked into the chain of activations.
 */
public record RuleSetActivation(long seq, Instant activatedAt, String activatedBy, String origin,
                                String rulesetVersion, int testCases, @JsonIgnore byte[] filesGz, String prevHash,
                                String recordHash) {

    /** What the files are, by the SHA-256 of their bytes as stored: how one activation is told from another. */
    @JsonProperty("filesSha256")
    public String filesSha256() {
        return Hashes.sha256(filesGz);
    }

    RuleSetActivation linked(long previousSeq, String previousHash) {
        RuleSetActivation entry = new RuleSetActivation(previousSeq + 1, activatedAt, activatedBy, origin,
                rulesetVersion, testCases, filesGz, previousHash, null);
        return new RuleSetActivation(entry.seq, activatedAt, activatedBy, origin, rulesetVersion, testCases,
                filesGz, previousHash, entry.hash());
    }

    /** The hash over every field, the files by their bytes as stored, linked to the previous entry's. */
    String hash() {
        return ChainLinks.hash(List.of(Long.toString(seq), Long.toString(activatedAt.toEpochMilli()), activatedBy,
                origin, rulesetVersion, Integer.toString(testCases), filesSha256()), prevHash);
    }
}
