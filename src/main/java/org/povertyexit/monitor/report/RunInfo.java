package org.povertyexit.monitor.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Identifies a run and what it ran on: the input, rules and parameters hashes make a result
 * reproducible; id, startedAt and durationMs are the only fields that differ between two runs.
 */
public record RunInfo(String id, int assessmentYear, LocalDate assessmentDate, String inputSha256,
                      String rulesetVersion, String parametersVersion, Instant startedAt, long durationMs) {

    public RunInfo withId(String runId) {
        return new RunInfo(runId, assessmentYear, assessmentDate, inputSha256, rulesetVersion, parametersVersion,
                startedAt, durationMs);
    }
}
