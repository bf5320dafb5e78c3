package org.povertyexit.monitor.service.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.scenario.ReportTotals;
import org.povertyexit.monitor.scenario.Sweep;
import org.povertyexit.monitor.scenario.SweepPoint;
import org.povertyexit.monitor.scenario.SweepRange;
import org.povertyexit.monitor.scenario.SweepResult;
import org.povertyexit.monitor.service.run.EvaluationSlots;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.StoredAssessments;
import org.povertyexit.monitor.service.run.StoredReports;
import org.povertyexit.monitor.service.run.StoredRun;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * A sweep of one parameter over a stored run: the run's stored input, evaluated with its stored rules and
 * the parameter values it used, one value of the swept parameter at a time (the command line's
 * {@link Sweep}), in one evaluation slot. Nothing is stored: a sweep is a look, not a run. A stored run
 * never changes, so the last few sweeps are kept and a shared address answers again at once.
 */
@Service
public class RunSweeps {

    /** Points evaluated at once within the sweep's slot, as many as an upload's counties. */
    private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    private static final int KEPT = 8;

    /**
     * The sweep, and the point of the value in force as the stored run has it (its stored report's counts
     * and gaps): where the value in force lies off the sweep's grid, the chart still marks a point.
     */
    public record Swept(SweepResult sweep, SweepPoint inForce, long millis) {
    }

    private final StoredRun stored;
    private final StoredAssessments assessments;
    private final StoredReports reports;
    private final EvaluationSlots slots;
    private final Map<String, Swept> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Swept> eldest) {
            return size() > KEPT;
        }
    };

    public RunSweeps(StoredRun stored, StoredAssessments assessments, StoredReports reports, EvaluationSlots slots) {
        this.stored = stored;
        this.assessments = assessments;
        this.reports = reports;
        this.slots = slots;
    }

    /**
     * Sweeps {@code range} over the ordinary run {@code runId} (a scenario run: 409, as for scenarios);
     * an unknown parameter is a 400. Throws {@link EvaluationSlots.Busy} when every slot is taken.
     */
    public Swept sweep(String runId, SweepRange range) throws IOException, RuleCompilationException {
        String key = runId + " " + range;
        synchronized (kept) {
            Swept done = kept.get(key);
            if (done != null) {
                return done;
            }
        }
        RunRecord run = stored.header(runId);
        if (run.isScenario()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "run " + runId + " is a scenario run; sweeps "
                    + "apply to its baseline " + run.scenario().baselineId());
        }
        ParameterSet parameters = stored.parameters(run);
        if (!parameters.has(range.parameter())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "run " + runId + " has no parameter "
                    + range.parameter());
        }
        var assessment = assessments.of(run);
        long start = System.nanoTime();
        SweepResult result = slots.run(() -> new Sweep(assessment.rules(), THREADS)
                .run(stored.input(runId), parameters, range, null));
        Swept swept = new Swept(result, inForce(runId, parameters.get(range.parameter()).value()),
                (System.nanoTime() - start) / 1_000_000);
        synchronized (kept) {
            kept.put(key, swept);
        }
        return swept;
    }

    private SweepPoint inForce(String runId, BigDecimal value) {
        Report report = reports.get(runId);
        ReportTotals totals = ReportTotals.of(report);
        return new SweepPoint(value, totals.counts(), totals.remediationGap(), ReportTotals.gapUnits(report));
    }
}
