package org.povertyexit.monitor.service.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.scenario.InvalidScenarioException;
import org.povertyexit.monitor.scenario.Scenario;
import org.povertyexit.monitor.scenario.ScenarioComparison;
import org.povertyexit.monitor.scenario.ScenarioDiff;
import org.povertyexit.monitor.scenario.ScenarioResult;
import org.povertyexit.monitor.scenario.WhatIfAnalysis;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.RunInput;
import org.povertyexit.monitor.service.run.RunRecorder;
import org.povertyexit.monitor.service.run.RunStore;
import org.povertyexit.monitor.service.run.ScenarioOrigin;
import org.povertyexit.monitor.service.run.StoredAssessments;
import org.povertyexit.monitor.service.run.StoredReports;
import org.povertyexit.monitor.service.run.StoredRun;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.streaming.FactSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Scenarios on a stored run: applied to the run's input snapshot, evaluated with the run's stored
 * rules and parameters plus the scenario's overrides, and stored through the same recorder as an
 * upload (firings, hashes, chain), linked to the baseline. Reads compare stored reports only.
 */
@Service
public class ScenarioRuns {

    /** A stored scenario run and its difference from the baseline. */
    public record Created(RunRecord run, ScenarioDiff diff) {
    }

    /** Baseline and scenarios side by side; each scenario column's {@code source} is its run id. */
    public record Comparison(String baselineRunId, List<ScenarioComparison.Column> columns) {
    }

    private final StoredRun stored;
    private final StoredAssessments assessments;
    private final StoredReports reports;
    private final RunRecorder recorder;
    private final RunStore runs;
    private final RunInput inputs;

    public ScenarioRuns(StoredRun stored, StoredAssessments assessments, StoredReports reports, RunRecorder recorder,
                        RunStore runs, RunInput inputs) {
        this.stored = stored;
        this.assessments = assessments;
        this.reports = reports;
        this.recorder = recorder;
        this.runs = runs;
        this.inputs = inputs;
    }

    public Created create(String baselineId, String text, String user)
            throws InvalidScenarioException, IOException, RuleCompilationException {
        RunRecord baseline = baseline(baselineId);
        ExitAssessment assessment = assessments.of(baseline);
        WhatIfAnalysis analysis = new WhatIfAnalysis(assessment);
        Scenario scenario = analysis.reader().read(PostedScenario.SOURCE, utf8(text));
        FactSource facts = inputs.facts(baseline, analysis, scenario);
        Report before = reports.get(baselineId);
        AtomicReference<ScenarioDiff> diff = new AtomicReference<>();
        RunRecord run;
        try {
            run = recorder.record(new RunRecorder.Evaluation(assessment, facts, scenario.parameters(),
                    baseline.inputName(), CountyScope.PROVINCE), user, report -> {
                        diff.set(ScenarioDiff.between(before, report));
                        return new ScenarioOrigin(baselineId, ScenarioOrigin.columnName(scenario.name()), text,
                                diff.get().flips().size());
                    });
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("facts in hand are not checked again", e);
        }
        return new Created(run, diff.get());
    }

    public List<RunRecord> list(String baselineId) {
        baseline(baselineId);
        return runs.scenariosOf(baselineId);
    }

    /** The scenario result document of report-format.md, from the two stored reports. */
    public ScenarioResult result(String baselineId, String scenarioId) {
        scenarioOf(baselineId, scenarioId);
        Report before = reports.get(baselineId);
        Report after = reports.get(scenarioId);
        return new ScenarioResult(before, after, ScenarioDiff.between(before, after));
    }

    /** The named scenario runs of the baseline (all of them when {@code ids} is empty), in the order given. */
    public Comparison compare(String baselineId, List<String> ids) throws RuleCompilationException, IOException {
        RunRecord baseline = baseline(baselineId);
        List<RunRecord> chosen = new ArrayList<>();
        if (ids.isEmpty()) {
            chosen.addAll(runs.scenariosOf(baselineId));
        } else {
            for (String id : ids) {
                chosen.add(scenarioOf(baselineId, id));
            }
        }
        WhatIfAnalysis analysis = new WhatIfAnalysis(assessments.of(baseline));
        Report before = reports.get(baselineId);
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioResult> results = new ArrayList<>();
        for (RunRecord run : chosen) {
            try {
                // read back from the stored text, named by the run's id so the columns say which run they are
                scenarios.add(analysis.reader().read(run.id(), utf8(run.scenario().text())));
            } catch (InvalidScenarioException e) {
                throw new IllegalStateException("stored scenario of run " + run.id() + " no longer reads", e);
            }
            Report after = reports.get(run.id());
            results.add(new ScenarioResult(before, after, ScenarioDiff.between(before, after)));
        }
        return new Comparison(baselineId, ScenarioComparison.of(before, scenarios, results).columns());
    }

    private RunRecord baseline(String baselineId) {
        RunRecord baseline = stored.header(baselineId);
        if (baseline.isScenario()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "run " + baselineId + " is a scenario run; "
                    + "scenarios apply to its baseline " + baseline.scenario().baselineId());
        }
        return baseline;
    }

    private RunRecord scenarioOf(String baselineId, String scenarioId) {
        baseline(baselineId);
        return runs.header(scenarioId).filter(run -> run.isScenario()
                        && run.scenario().baselineId().equals(baselineId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no scenario run " + scenarioId
                        + " of run " + baselineId));
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
