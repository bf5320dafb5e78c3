package org.povertyexit.monitor.service.scenario;

import java.time.Instant;
import org.povertyexit.monitor.service.run.RunRecord;

/**
 * A scenario run as listed: which scenario, on which baseline, who and when, its three hashes, its
 * place in the chain and how many entities flipped. The scenario text itself is not served (it may
 * select members by ID number).
 */
public record ScenarioRunView(String id, String name, String baselineRunId, Instant createdAt, String createdBy,
                              String inputSha256, String rulesetVersion, String parametersVersion, long firingCount,
                              int flips, String recordHash) {

    public static ScenarioRunView of(RunRecord run) {
        return new ScenarioRunView(run.id(), run.scenario().name(), run.scenario().baselineId(), run.createdAt(),
                run.createdBy(), run.inputSha256(), run.rulesetVersion(), run.parametersVersion(), run.firingCount(),
                run.scenario().flips(), run.recordHash());
    }
}
