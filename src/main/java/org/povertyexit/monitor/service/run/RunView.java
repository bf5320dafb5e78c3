package org.povertyexit.monitor.service.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * A stored run as the API lists it: who, when, on what, with which rules and parameters, the summary;
 * {@code baselineRunId} names the run a scenario run changed (null for an ordinary run).
 */
public record RunView(String id, long seq, Instant createdAt, String createdBy, String inputName, int assessmentYear,
                      int households, String inputSha256, String rulesetVersion, String parametersVersion,
                      long firingCount, JsonNode summary, String recordHash, String baselineRunId) {

    public static RunView of(RunRecord run) {
        try {
            return new RunView(run.id(), run.seq(), run.createdAt(), run.createdBy(), run.inputName(),
                    run.assessmentYear(), run.households(), run.inputSha256(), run.rulesetVersion(),
                    run.parametersVersion(), run.firingCount(), StoredJson.MAPPER.readTree(run.summaryJson()),
                    run.recordHash(), run.isScenario() ? run.scenario().baselineId() : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
