package org.povertyexit.monitor.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScenarioOrigin;

class RecordHashTest {

    private static RunRecord run(ScenarioOrigin scenario) {
        return run(scenario, null);
    }

    private static RunRecord run(ScenarioOrigin scenario, String countiesSha256) {
        return new RunRecord(7, "run-7", Instant.ofEpochMilli(1_700_000_000_123L), "auditor", "two-households.json",
                2019, 2, "in", "rules", "params", "snap", "[]", "{}", new byte[] {1, 2}, new byte[] {3}, 30, "fir",
                "prev", null, scenario, countiesSha256);
    }

    @Test
    void anOrdinaryRunWithoutCountyRowsHashesAsBeforeScenarioRunsExisted() {
        // computed by the RecordHash of the V1 schema (commit ff8f4e4): chains stored then still verify
        assertThat(RecordHash.of(run(null)))
                .isEqualTo("dfe65080e13af38cd1a29c0cfcf603b1c827e087d90543b129ee32a474000df3");
    }

    @Test
    void everyScenarioColumnIsCovered() {
        ScenarioOrigin origin = new ScenarioOrigin("base", "line 2500", "{\"name\": \"line 2500\"}", 1);
        String hash = RecordHash.of(run(origin));
        assertThat(hash).isNotEqualTo(RecordHash.of(run(null)));
        assertThat(RecordHash.of(run(new ScenarioOrigin("other", origin.name(), origin.text(), 1)))).isNotEqualTo(hash);
        assertThat(RecordHash.of(run(new ScenarioOrigin("base", "line", origin.text(), 1)))).isNotEqualTo(hash);
        assertThat(RecordHash.of(run(new ScenarioOrigin("base", origin.name(), "{}", 1)))).isNotEqualTo(hash);
        assertThat(RecordHash.of(run(new ScenarioOrigin("base", origin.name(), origin.text(), 2)))).isNotEqualTo(hash);
    }

    @Test
    void theCountyRowsDigestIsCovered() {
        String hash = RecordHash.of(run(null, "a".repeat(64)));
        assertThat(hash).isNotEqualTo(RecordHash.of(run(null)));
        assertThat(RecordHash.of(run(null, "b".repeat(64)))).isNotEqualTo(hash);
        // a run kept by county holds its input in its county rows, which that digest covers
        RunRecord byCounty = run(null, "a".repeat(64));
        RunRecord withoutInput = new RunRecord(byCounty.seq(), byCounty.id(), byCounty.createdAt(),
                byCounty.createdBy(), byCounty.inputName(), byCounty.assessmentYear(), byCounty.households(),
                byCounty.inputSha256(), byCounty.rulesetVersion(), byCounty.parametersVersion(),
                byCounty.ruleSnapshot(), byCounty.parametersJson(), byCounty.summaryJson(), null, byCounty.reportGz(),
                byCounty.firingCount(), byCounty.firingsSha256(), byCounty.prevHash(), null, null,
                byCounty.countiesSha256());
        assertThat(RecordHash.of(withoutInput)).isNotEqualTo(hash);
    }
}
