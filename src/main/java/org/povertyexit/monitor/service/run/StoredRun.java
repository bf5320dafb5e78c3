package org.povertyexit.monitor.service.run;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.parameter.EffectiveParameter;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.service.run.RuleSnapshotStore.StoredRules;
import org.springframework.stereotype.Component;

/** Reads what a run stored back into objects: its header, rules, effective parameters, input facts. */
@Component
public class StoredRun {

    private final RunStore runs;
    private final RuleSnapshotStore snapshots;
    private final StoredCounties counties;
    private final StoredCountyFacts facts;

    public StoredRun(RunStore runs, RuleSnapshotStore snapshots, StoredCounties counties,
                     StoredCountyFacts facts) {
        this.runs = runs;
        this.snapshots = snapshots;
        this.counties = counties;
        this.facts = facts;
    }

    public RunRecord header(String runId) {
        return runs.header(runId).orElseThrow(() -> StoredReports.notFound(runId));
    }

    public StoredRules rules(RunRecord run) {
        return snapshots.load(run.ruleSnapshot())
                .orElseThrow(() -> new IllegalStateException("rule snapshot of run " + run.id() + " is missing"));
    }

    /** The parameter values the run used, its counties' local policies included, as it stored them. */
    public ParameterSet parameters(RunRecord run) {
        try {
            return ParameterSet.of(StoredJson.MAPPER.readValue(run.parametersJson(),
                    new TypeReference<List<EffectiveParameter>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The canonical facts as stored (in the run row, or county by county in its county rows): personal
     * data included, so this never goes into a response.
     */
    public Dataset input(String runId) {
        RunRecord run = header(runId);
        Optional<byte[]> whole = run.countiesSha256() == null ? runs.inputGz(runId) : Optional.empty();
        if (whole.isPresent()) {
            try (InputStream in = Gzip.open(whole.get())) {
                return StoredJson.MAPPER.readValue(in, Dataset.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Dataset> parts = counties.counties(runId).stream()
                .map(county -> facts.input(runId, county.position())).toList();
        return new Dataset(parts.get(0).meta(), parts.stream().flatMap(p -> p.counties().stream()).toList(),
                parts.stream().flatMap(p -> p.villages().stream()).toList(),
                parts.stream().flatMap(p -> p.households().stream()).toList());
    }
}
