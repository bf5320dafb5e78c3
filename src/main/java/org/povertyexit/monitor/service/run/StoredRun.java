package org.povertyexit.monitor.service.run;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.parameter.EffectiveParameter;
import org.povertyexit.monitor.service.run.RuleSnapshotStore.StoredRules;
import org.springframework.stereotype.Component;

/** Reads what a run stored back into objects: its header, rules, effective parameters, input facts. */
@Component
public class StoredRun {

    private final RunStore runs;
    private final RuleSnapshotStore snapshots;

    public StoredRun(RunStore runs, RuleSnapshotStore snapshots) {
        this.runs = runs;
        this.snapshots = snapshots;
    }

    public RunRecord header(String runId) {
        return runs.header(runId).orElseThrow(() -> StoredReports.notFound(runId));
    }

    public StoredRules rules(RunRecord run) {
        return snapshots.load(run.ruleSnapshot())
                .orElseThrow(() -> new IllegalStateException("rule snapshot of run " + run.id() + " is missing"));
    }

    public List<EffectiveParameter> parameters(RunRecord run) {
        try {
            return StoredJson.MAPPER.readValue(run.parametersJson(), new TypeReference<List<EffectiveParameter>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The canonical facts as stored: personal data included, so this never goes into a response. */
    public Dataset input(String runId) {
        byte[] gz = runs.inputGz(runId).orElseThrow(() -> StoredReports.notFound(runId));
        try (InputStream in = Gzip.open(gz)) {
            return StoredJson.MAPPER.readValue(in, Dataset.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
