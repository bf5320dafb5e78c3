package org.povertyexit.monitor.service.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.parameter.ParameterOverride;
import org.povertyexit.monitor.scenario.InvalidScenarioException;
import org.povertyexit.monitor.scenario.PreparedScenario;
import org.povertyexit.monitor.scenario.Scenario;
import org.povertyexit.monitor.scenario.WhatIfAnalysis;
import org.povertyexit.monitor.streaming.FactSource;
import org.springframework.stereotype.Component;

/**
 * What a stored run evaluated, rebuilt from the store alone. An ordinary run: its input snapshot (read
 * county by county when it was kept by county) and the parameters in force on its assessment date. A
 * scenario run: its stored scenario text read and applied again to the baseline run's input snapshot
 * (a scenario of parameters alone takes the baseline's facts as stored), with the scenario's parameter
 * overrides; a scenario run stored whole must have a snapshot that hashes to the same facts.
 */
@Component
public class RunInput {

    /**
     * The facts to evaluate and the parameter overrides (a scenario's) on the values in force on their
     * assessment date, or null facts when the run cannot be rebuilt (see problems).
     */
    public record Rebuilt(FactSource facts, List<ParameterOverride> overrides,
                          List<String> problems) {
    }

    private final StoredRun stored;
    private final StoredCounties counties;
    private final StoredCountyFacts facts;

    public RunInput(StoredRun stored, StoredCounties counties, StoredCountyFacts facts) {
        this.stored = stored;
        this.counties = counties;
        this.facts = facts;
    }

    public Rebuilt rebuild(RunRecord run, ExitAssessment assessment) throws IOException {
        if (!run.isScenario()) {
            return new Rebuilt(facts(run), List.of(), List.of());
        }
        List<String> problems = new ArrayList<>();
        // a run kept by county has its facts in its county rows, which its counties_sha256 covers
        if (run.countiesSha256() == null && !CanonicalForm.sha256(stored.input(run.id())).equals(run.inputSha256())) {
            problems.add("stored input snapshot differs");
        }
        WhatIfAnalysis analysis = new WhatIfAnalysis(assessment);
        byte[] text = run.scenario().text().getBytes(StandardCharsets.UTF_8);
        try {
            Scenario scenario = analysis.reader().read("scenario of run " + run.id(), new ByteArrayInputStream(text));
            return new Rebuilt(facts(stored.header(run.scenario().baselineId()), analysis, scenario),
                    scenario.parameters(), problems);
        } catch (InvalidScenarioException e) {
            problems.add("the stored scenario no longer applies to the baseline input: " + e.errors());
            return new Rebuilt(null, null, problems);
        }
    }

    /**
     * The facts a scenario on {@code baseline} evaluates: of parameters alone, the baseline's facts as
     * stored (county by county, never held whole); else the baseline's facts with the changes applied.
     */
    public FactSource facts(RunRecord baseline, WhatIfAnalysis analysis, Scenario scenario)
            throws InvalidScenarioException {
        if (scenario.changes().isEmpty()) {
            return facts(baseline);
        }
        PreparedScenario prepared = analysis.prepare(stored.input(baseline.id()), scenario);
        return FactSource.of(prepared.facts());
    }

    /** The facts an ordinary run evaluated, as it stored them. */
    public FactSource facts(RunRecord run) {
        return run.countiesSha256() == null ? FactSource.of(stored.input(run.id())) : byCounty(run.id());
    }

    /** A run's stored facts read county after county: memory for one county, whatever the run's size. */
    private FactSource byCounty(String runId) {
        List<CountyPart> parts = counties.counties(runId);
        return new FactSource.ByCounty() {
            @Override
            public Meta meta() {
                return facts.meta(runId, parts.get(0).position());
            }

            @Override
            public int countyCount() {
                return parts.size();
            }

            @Override
            public Iterator<CountyFacts> counties() {
                return parts.stream().map(part -> facts.countyFacts(runId, part.position())).iterator();
            }
        };
    }
}
