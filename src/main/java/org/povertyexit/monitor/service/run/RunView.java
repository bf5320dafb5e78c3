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
                      Integer households, String inputSha256, String rulesetVersion, String parametersVersion,
                      Long firingCount, JsonNode summary, String recordHash, String baselineRunId) {

    /**
     * The run as a user scoped to some of its counties sees it in a list: without the counts of the whole
     * run (households, firings, the summary), which are the other counties' too; its report is cut for them.
     */
    public static RunView cut(RunRecord run) {
        RunView whole = of(run);
        return new RunView(whole.id, whole.seq, whole.createdAt, whole.createdBy, whole.inputName,
                whole.assessmentYear, null, whole.inputSha256, whole.rulesetVersion, whole.parametersVersion, null,
                null, whole.recordHash, whole.baselineRunId);
    }

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
