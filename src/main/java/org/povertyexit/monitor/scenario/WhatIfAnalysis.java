package org.povertyexit.monitor.scenario;

import java.io.IOException;
import java.io.InputStream;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.report.Report;

/**
 * Scenarios against the policy in force: the entry point the command line and the service share.
 * A scenario is read (checked against the schema and the parameter tree), prepared (applied to a
 * copy of the facts), then evaluated beside a baseline report that the caller may evaluate once for
 * several scenarios.
 */
public final class WhatIfAnalysis {

    private final ExitAssessment assessment;
    private final ScenarioReader reader;
    private final ScenarioApplier applier = new ScenarioApplier();

    public WhatIfAnalysis(ExitAssessment assessment) {
        this.assessment = assessment;
        this.reader = new ScenarioReader(assessment.parameterTree().definitions().keySet());
    }

    public ScenarioReader reader() {
        return reader;
    }

    public Report baseline(Dataset dataset) {
        return assessment.assess(dataset);
    }

    /** Applies the changes and the parameter overrides; the dataset is left as it is. */
    public PreparedScenario prepare(Dataset dataset, Scenario scenario) throws InvalidScenarioException {
        Dataset facts = applier.apply(dataset, scenario);
        return new PreparedScenario(scenario, facts,
                assessment.parametersFor(dataset.meta()).withOverrides(scenario.parameters()));
    }

    /** Evaluates a prepared scenario and compares it with {@code baseline}, the report of the same dataset. */
    public ScenarioResult evaluate(Report baseline, PreparedScenario prepared) {
        Report scenario = assessment.assess(prepared.facts(), prepared.parameters());
        return new ScenarioResult(baseline, scenario, ScenarioDiff.between(baseline, scenario));
    }

    public ScenarioResult run(Dataset dataset, Report baseline, Scenario scenario) throws InvalidScenarioException {
        return evaluate(baseline, prepare(dataset, scenario));
    }

    /** A scenario given as JSON (an upload, a request body), baseline included: what the service calls. */
    public ScenarioResult run(Dataset dataset, String source, InputStream scenarioJson)
            throws IOException, InvalidScenarioException {
        PreparedScenario prepared = prepare(dataset, reader.read(source, scenarioJson));
        return evaluate(baseline(dataset), prepared);
    }
}
