package org.povertyexit.monitor.service.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.parameter.ParameterOverride;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.RunInfo;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.service.audit.RecordHash;
import org.povertyexit.monitor.service.firing.FiringDigest;
import org.povertyexit.monitor.service.ruleset.CurrentRules;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.streaming.FactSource;
import org.povertyexit.monitor.streaming.StreamedEvaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates an input and stores the run in one transaction: rule snapshot, a row per county (its part
 * of the report, its entities, its firings) as each county is done, then the run row linked to the end
 * of the chain. Either all of it is stored or nothing: an input that fails its checks stores nothing.
 * Uploads and scenarios take the same streamed evaluation as the command line, counties two at a time.
 */
@Service
public class RunRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);
    /** Counties evaluated at once by each of the service's evaluations. */
    static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private final CurrentRules rules;
    private final RuleSnapshotStore snapshots;
    private final CountyPartStore counties;
    private final RunStore runs;
    private final TransactionTemplate transaction;
    private final WorkFolder work;
    private final EvaluationSlots slots;
    /** How long one run may take to read and evaluate before it is stopped (nothing stored). */
    private final Duration budget;
    /** Held from reading the chain's end to the commit, so two runs never attach to the same link. */
    private final ReentrantLock chainEnd = new ReentrantLock();
    private final ApplicationEventPublisher events;

    public RunRecorder(CurrentRules rules, RuleSnapshotStore snapshots, CountyPartStore counties, RunStore runs,
                       TransactionTemplate transaction, WorkFolder work, EvaluationSlots slots,
                       @Value("${exit-monitor.upload.time-budget:15m}") Duration budget,
                       ApplicationEventPublisher events) {
        this.events = events;
        this.budget = budget;
        this.work = work;
        this.slots = slots;
        this.rules = rules;
        this.snapshots = snapshots;
        this.counties = counties;
        this.runs = runs;
        this.transaction = transaction;
    }

    /**
     * What one run evaluates: the rules, the facts, the parameter values in force on the input's
     * assessment date but for {@code overrides} (a scenario's), what the input is called, and the
     * counties the user may store.
     */
    public record Evaluation(ExitAssessment assessment, FactSource facts,
                             List<ParameterOverride> overrides, String inputName, CountyScope scope) {
    }

    /** An uploaded input (a file or the CSV folder), checked and evaluated with the current rules. */
    public RunRecord record(Path input, String inputName, String user, CountyScope scope)
            throws IOException, InvalidDatasetException, RuleCompilationException {
        return record(input, inputName, user, scope, RunProgress.NONE);
    }

    /** As above, telling {@code progress} how far it has got. */
    public RunRecord record(Path input, String inputName, String user, CountyScope scope, RunProgress progress)
            throws IOException, InvalidDatasetException, RuleCompilationException {
        return record(new Evaluation(rules.assessment(), FactSource.of(new DatasetLoader(), input),
                List.of(), inputName, scope), user, null, progress);
    }

    /**
     * Evaluates and stores a run; {@code scenarioOf} (null for an ordinary run) sees the finished report
     * and says which scenario the run is, so a scenario run's flips are counted before its row is hashed.
     */
    public RunRecord record(Evaluation evaluation, String user, Function<Report, ScenarioOrigin> scenarioOf)
            throws IOException, InvalidDatasetException, RuleCompilationException {
        return record(evaluation, user, scenarioOf, RunProgress.NONE);
    }

    private RunRecord record(Evaluation evaluation, String user, Function<Report, ScenarioOrigin> scenarioOf,
                             RunProgress progress) throws IOException, InvalidDatasetException,
            RuleCompilationException {
        String runId = UUID.randomUUID().toString();
        long start = System.nanoTime();
        Failure failure = new Failure();
        RunRecord stored = slots.run(() -> {
            // committed on its own, before the run's long transaction: two first uploads of the same rules
            // would otherwise race to insert the same snapshot (it is content-addressed, so a kept one is harmless)
            String snapshot = snapshots.store(evaluation.assessment());
            return transaction.execute(status -> inTransaction(status, failure,
                    () -> evaluateAndStore(evaluation, snapshot, runId, user, scenarioOf, progress)));
        });
        failure.rethrow();
        LOG.info("run {} stored: {} households, {} firings, {} ms", runId, stored.households(), stored.firingCount(),
                (System.nanoTime() - start) / 1_000_000);
        return stored;
    }

    private RunRecord evaluateAndStore(Evaluation evaluation, String snapshot, String runId, String user,
                                       Function<Report, ScenarioOrigin> scenarioOf, RunProgress progress)
            throws IOException, InvalidDatasetException, RuleCompilationException {
        ExitAssessment assessment = evaluation.assessment();
        RunRecording recording = new RunRecording(county -> {
            counties.insert(runId, county);
            progress.countyStored(county.countyCode());
        }, new CountyAdmission(evaluation.scope(), budget, System::nanoTime), progress);
        ByteArrayOutputStream reportGz = new ByteArrayOutputStream(1 << 16);
        StreamedEvaluation.Written written;
        try (Writer report = new OutputStreamWriter(Gzip.output(reportGz), StandardCharsets.UTF_8)) {
            written = new StreamedEvaluation(assessment, work.path(), THREADS).as(runId, evaluation.overrides())
                    .run(evaluation.facts(), report, line -> LOG.info("run {}: {}", runId, line), recording);
        }
        FiringDigest digest = recording.firingDigest();
        RunInfo info = written.run();
        ParameterSet parameters = written.parameters();
        byte[] report = reportGz.toByteArray();
        ScenarioOrigin scenario = scenarioOf == null ? null : scenarioOf.apply(StoredReports.parse(report));
        RunRecord run = new RunRecord(0, runId, Instant.now().truncatedTo(ChronoUnit.MILLIS), user,
                evaluation.inputName(), info.assessmentYear(), written.households(), info.inputSha256(),
                info.rulesetVersion(), info.parametersVersion(), snapshot, StoredJson.write(parameters.all()),
                StoredJson.write(written.summary()), null, report, digest.count(), digest.hex(),
                null, null, scenario, recording.countiesSha256());
        return attach(run);
    }

    /** The work a run's transaction does, with the checked failures it may meet. */
    @FunctionalInterface
    private interface Storing {
        RunRecord store() throws IOException, InvalidDatasetException, RuleCompilationException;
    }

    /** The work's run, or null with the transaction marked for rollback and its failure kept. */
    private static RunRecord inTransaction(TransactionStatus status, Failure failure, Storing work) {
        try {
            return work.store();
        } catch (IOException | InvalidDatasetException | RuleCompilationException e) {
            failure.caught = e;
            status.setRollbackOnly();
            return null;
        }
    }

    /** A checked failure inside the transaction, thrown once it has been rolled back. */
    private static final class Failure {
        private Exception caught;

        void rethrow() throws IOException, InvalidDatasetException, RuleCompilationException {
            if (caught instanceof IOException e) {
                throw e;
            }
            if (caught instanceof InvalidDatasetException e) {
                throw e;
            }
            if (caught instanceof RuleCompilationException e) {
                throw e;
            }
        }
    }

    /** Links the run to the end of the chain and inserts it; inside the transaction that stored its counties. */
    RunRecord attach(RunRecord run) {
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
        RunRecord stored = linked;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                events.publishEvent(new RunStored(stored));
            }
        });
        return linked;
    }
}
