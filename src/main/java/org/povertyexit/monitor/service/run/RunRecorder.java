package org.povertyexit.monitor.service.run;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;
import java.util.concurrent.locks.ReentrantLock;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.ReportJson;
import org.povertyexit.monitor.report.RunInfo;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.service.audit.RecordHash;
import org.povertyexit.monitor.service.firing.FiringDigest;
import org.povertyexit.monitor.service.firing.FiringStore;
import org.povertyexit.monitor.service.firing.RunFirings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates a valid dataset and stores the run in one transaction: rule snapshot, every firing (in
 * batches, while the rules run), then the run row linked to the end of the chain. Either all of it
 * is stored or nothing.
 */
@Service
public class RunRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);

    private final CurrentRules rules;
    private final RuleSnapshotStore snapshots;
    private final FiringStore firings;
    private final RunStore runs;
    private final TransactionTemplate transaction;
    private final int batchSize;
    /** Held from reading the chain's end to the commit, so two runs never attach to the same link. */
    private final ReentrantLock chainEnd = new ReentrantLock();

    public RunRecorder(CurrentRules rules, RuleSnapshotStore snapshots, FiringStore firings, RunStore runs,
                       TransactionTemplate transaction,
                       @Value("${exit-monitor.firing-batch-size:5000}") int batchSize) {
        this.rules = rules;
        this.snapshots = snapshots;
        this.firings = firings;
        this.runs = runs;
        this.transaction = transaction;
        this.batchSize = batchSize;
    }

    /** What one run evaluates: the rules, the facts, the parameter values, and what the input is called. */
    public record Evaluation(ExitAssessment assessment, Dataset facts, ParameterSet parameters, String inputName) {
    }

    /** An uploaded dataset, evaluated with the current rules and the parameters in force. */
    public RunRecord record(Dataset dataset, String inputName, String user) throws IOException,
            RuleCompilationException {
        ExitAssessment assessment = rules.assessment();
        return record(new Evaluation(assessment, dataset, assessment.parametersFor(dataset.meta()), inputName), user,
                report -> null);
    }

    /**
     * Evaluates and stores a run; {@code scenarioOf} sees the finished report and says which scenario
     * the run is (null: an ordinary run), so a scenario run's flips are counted before its row is hashed.
     */
    public RunRecord record(Evaluation evaluation, String user, Function<Report, ScenarioOrigin> scenarioOf) {
        ExitAssessment assessment = evaluation.assessment();
        Dataset dataset = evaluation.facts();
        ParameterSet parameters = evaluation.parameters();
        String runId = UUID.randomUUID().toString();
        long start = System.nanoTime();
        RunRecord stored = transaction.execute(status -> {
            String snapshot = snapshots.store(assessment);
            RunFirings recorder = new RunFirings(firings.sinkFor(runId), batchSize);
            Report report = withRunId(assessment.assess(dataset, parameters, recorder), runId);
            FiringDigest digest = recorder.finish();
            byte[] input = Gzip.compress(CanonicalForm.bytes(dataset));
            byte[] reportJson = Gzip.compress(reportBytes(report));
            RunInfo info = report.run();
            RunRecord run = new RunRecord(0, runId, Instant.now().truncatedTo(ChronoUnit.MILLIS), user,
                    evaluation.inputName(), info.assessmentYear(), report.households().size(), info.inputSha256(),
                    info.rulesetVersion(), info.parametersVersion(), snapshot, StoredJson.write(parameters.all()),
                    StoredJson.write(report.summary()), input, reportJson, digest.count(), digest.hex(), null, null,
                    scenarioOf.apply(report));
            return attach(run);
        });
        LOG.info("run {} stored: {} households, {} firings, {} ms", runId, stored.households(), stored.firingCount(),
                (System.nanoTime() - start) / 1_000_000);
        return stored;
    }

    private RunRecord attach(RunRecord run) {
        chainEnd.lock();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                chainEnd.unlock();
            }
        });
        RunStore.ChainEnd end = runs.chainEnd();
        RunRecord linked = run.withChain(end.seq() + 1, end.hash(), null);
        linked = linked.withChain(linked.seq(), end.hash(), RecordHash.of(linked));
        runs.insert(linked);
        return linked;
    }

    private static Report withRunId(Report report, String runId) {
        RunInfo r = report.run();
        RunInfo info = new RunInfo(runId, r.assessmentYear(), r.assessmentDate(), r.inputSha256(), r.rulesetVersion(),
                r.parametersVersion(), r.startedAt(), r.durationMs());
        return new Report(info, report.summary(), report.households(), report.villages(), report.counties(),
                report.remediation());
    }

    static byte[] reportBytes(Report report) {
        try {
            return ReportJson.MAPPER.writeValueAsBytes(report);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
