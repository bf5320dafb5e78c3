package org.povertyexit.monitor.service.run;

import java.time.Instant;

/**
 * A run row as stored: what ran (the three hashes, the rule snapshot, the effective parameters),
 * on what (the compressed canonical input), who asked and when, the report, the firings' count and
 * digest, and its place in the chain ({@code prevHash}, {@code recordHash}); for a scenario run, the
 * baseline and scenario it came from ({@code scenario}, null for an ordinary run); and the digest of
 * its rows by county ({@code countiesSha256}, null for a run stored before runs were kept by county).
 */
public record RunRecord(
        long seq,
        String id,
        Instant createdAt,
        String createdBy,
        String inputName,
        int assessmentYear,
        int households,
        String inputSha256,
        String rulesetVersion,
        String parametersVersion,
        String ruleSnapshot,
        String parametersJson,
        String summaryJson,
        byte[] inputGz,
        byte[] reportGz,
        long firingCount,
        String firingsSha256,
        String prevHash,
        String recordHash,
        ScenarioOrigin scenario,
        String countiesSha256) {

    public boolean isScenario() {
        return scenario != null;
    }

    public RunRecord withChain(long position, String previous, String hash) {
        return new RunRecord(position, id, createdAt, createdBy, inputName, assessmentYear, households, inputSha256,
                rulesetVersion, parametersVersion, ruleSnapshot, parametersJson, summaryJson, inputGz, reportGz,
                firingCount, firingsSha256, previous, hash, scenario, countiesSha256);
    }
}
