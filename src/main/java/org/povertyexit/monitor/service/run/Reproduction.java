package org.povertyexit.monitor.service.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.report.RunInfo;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.rules.RuleSource;
import org.povertyexit.monitor.service.firing.FiringDigest;
import org.povertyexit.monitor.service.firing.FiringStore;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.streaming.StreamedEvaluation;
import org.springframework.stereotype.Service;

/**
 * Re-evaluates a stored run from what it stored alone (input snapshot, rule files, parameter files;
 * for a scenario run the baseline's snapshot and the scenario text, see {@link RunInput}), never from
 * the current {@code rules/}, and compares everything: hashes, effective parameters, the
 * report (but for run id, start time and duration) and the firings.
 */
@Service
public class Reproduction {

    /** What was compared and what differed; {@code identical} only when nothing did. */
    public record Result(String runId, boolean identical, List<String> differences, String inputSha256,
                         String rulesetVersion, String parametersVersion, long firings, long durationMs) {
    }

    private final StoredRun stored;
    private final RunStore runs;
    private final RunInput inputs;
    private final WorkFolder work;
    private final EvaluationSlots slots;
    private final FiringStore firings;

    public Reproduction(StoredRun stored, RunStore runs, RunInput inputs, WorkFolder work, EvaluationSlots slots,
                        FiringStore firings) {
        this.firings = firings;
        this.work = work;
        this.slots = slots;
        this.stored = stored;
        this.runs = runs;
        this.inputs = inputs;
    }

    public Result reproduce(String runId) throws RuleCompilationException, IOException {
        return slots.run(() -> reproduceNow(runId));
    }

    private Result reproduceNow(String runId) throws RuleCompilationException, IOException {
        long start = System.nanoTime();
        RunRecord run = stored.header(runId);
        ExitAssessment assessment = new ExitAssessment(new RuleSource("run " + runId, stored.rules(run).files()));
        if (!recordedEvidence(run)) {
            assessment = assessment.explainingNobody();
        }
        RunInput.Rebuilt input = inputs.rebuild(run, assessment);
        List<String> differences = new ArrayList<>(input.problems());
        if (input.facts() == null) {
            return new Result(runId, false, differences, null, null, null, 0, (System.nanoTime() - start) / 1_000_000);
        }
        RunRecording recording = new RunRecording(county -> { }, CountyAdmission.ANY);
        ByteArrayOutputStream reportGz = new ByteArrayOutputStream(1 << 16);
        StreamedEvaluation.Written written;
        try (Writer report = new OutputStreamWriter(Gzip.output(reportGz), StandardCharsets.UTF_8)) {
            written = new StreamedEvaluation(assessment, work.path(), RunRecorder.THREADS)
                    .as(runId, input.overrides()).indented(false).run(input.facts(), report, line -> { }, recording);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("facts in hand are not checked again", e);
        }
        FiringDigest digest = recording.firingDigest();
        RunInfo info = written.run();

        compare(differences, "inputSha256", run.inputSha256(), info.inputSha256());
        compare(differences, "rulesetVersion", run.rulesetVersion(), info.rulesetVersion());
        compare(differences, "parametersVersion", run.parametersVersion(), info.parametersVersion());
        compare(differences, "effective parameters", run.parametersJson(),
                StoredJson.write(written.parameters().all()));
        compare(differences, "firing count", Long.toString(run.firingCount()), Long.toString(digest.count()));
        compare(differences, "firings", run.firingsSha256(), digest.hex());
        try (InputStream before = Gzip.open(runs.reportGz(runId).orElseThrow());
             InputStream after = Gzip.open(reportGz.toByteArray())) {
            ReportDifference.sections(before, after).forEach(section -> differences.add("report " + section
                    + " differs"));
        }
        return new Result(runId, differences.isEmpty(), differences, info.inputSha256(),
                info.rulesetVersion(), info.parametersVersion(), digest.count(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Whether the run recorded any evidence (runs stored before they recorded their counties' did not). */
    private boolean recordedEvidence(RunRecord run) {
        Map<String, Long> counts = firings.countsByRule(run.id(), CountyScope.PROVINCE);
        return stored.rules(run).evidenceRules().stream().anyMatch(rule -> counts.getOrDefault(rule, 0L) > 0);
    }

    private static void compare(List<String> differences, String what, String stored, String reproduced) {
        if (!stored.equals(reproduced)) {
            differences.add(what + " differs");
        }
    }
}
