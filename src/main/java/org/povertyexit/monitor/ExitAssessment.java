package org.povertyexit.monitor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.kie.api.event.rule.AgendaEventListener;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.evaluation.Evaluator;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.parameter.ParameterTree;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.ReportBuilder;
import org.povertyexit.monitor.report.RunInfo;
import org.povertyexit.monitor.rules.RuleBase;
import org.povertyexit.monitor.rules.RuleBaseLoader;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.rules.RuleSource;

/**
 * The policy in force (compiled rules and the parameter tree) applied to datasets: the one entry
 * point that the command line, the service and scenarios share.
 */
public final class ExitAssessment {

    /** Runs shorter than this say nothing about their progress. */
    public static final long QUIET_NANOS = 2_000_000_000L;

    private final RuleSource source;
    private final RuleBase rules;
    private final ParameterTree parameters;
    /** The entities whose evidence a run records: its counties ({@link Evaluator#COUNTIES}). */
    private final Predicate<Object> explained;

    public ExitAssessment(RuleSource source) throws RuleCompilationException {
        this.source = source;
        this.rules = RuleBaseLoader.load(source);
        this.parameters = ParameterTree.load(source.under("parameters"));
        this.explained = Evaluator.COUNTIES;
    }

    private ExitAssessment(ExitAssessment policy, Predicate<Object> explained) {
        this.source = policy.source;
        this.rules = policy.rules;
        this.parameters = policy.parameters;
        this.explained = explained;
    }

    /**
     * The same policy recording no entity's evidence, as runs were evaluated before they recorded their
     * counties': such a run is reproduced as it was made.
     */
    public ExitAssessment explainingNobody() {
        return new ExitAssessment(this, entity -> false);
    }

    /** {@code --rules} if given, else the configured or local {@code rules/} folder, else the embedded defaults. */
    public static ExitAssessment load(Path rulesOption) throws IOException, RuleCompilationException {
        return new ExitAssessment(RuleSource.resolve(rulesOption));
    }

    /**
     * Starts compiling the rules on another thread, so that an input is read meanwhile; the rules folder
     * is resolved (and a missing one reported) at once.
     */
    public static Pending loadInBackground(Path rulesOption) throws IOException {
        RuleSource source = RuleSource.resolve(rulesOption);
        CompletableFuture<ExitAssessment> compiling = new CompletableFuture<>();
        Thread compiler = new Thread(() -> {
            try {
                compiling.complete(new ExitAssessment(source));
            } catch (Throwable failure) {
                compiling.completeExceptionally(failure);
            }
        }, "compile rules");
        compiler.setDaemon(true);
        compiler.start();
        return new Pending(compiling);
    }

    /** An assessment whose rules may still be compiling. */
    public static final class Pending {

        private final CompletableFuture<ExitAssessment> assessment;

        private Pending(CompletableFuture<ExitAssessment> assessment) {
            this.assessment = assessment;
        }

        public static Pending of(ExitAssessment ready) {
            return new Pending(CompletableFuture.completedFuture(ready));
        }

        /** Waits for the rules; a rules folder that does not compile is thrown here. */
        public ExitAssessment get() throws RuleCompilationException {
            try {
                return assessment.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the rules compiled", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuleCompilationException problems) {
                    throw problems;
                }
                throw unchecked(e);
            }
        }
    }

    public RuleSource source() {
        return source;
    }

    public RuleBase rules() {
        return rules;
    }

    public ParameterTree parameterTree() {
        return parameters;
    }

    /** The parameter values in force on the dataset's assessment date. */
    public ParameterSet parametersFor(Meta meta) {
        return parameters.effectiveOn(meta.effectiveAssessmentDate());
    }

    public Report assess(Dataset dataset) {
        return assess(dataset, parametersFor(dataset.meta()), county -> null);
    }

    public Report assess(Dataset dataset, ParameterSet parameterSet) {
        return assess(dataset, parameterSet, county -> null);
    }

    /** Evaluates county by county; {@code listenerForCounty} may observe each session's rule firings. */
    public Report assess(Dataset dataset, ParameterSet parameterSet,
                         Function<String, AgendaEventListener> listenerForCounty) {
        return assess(dataset, parameterSet, listenerForCounty, line -> { });
    }

    /** As above, telling {@code progress} of each county done once the run has taken more than two seconds. */
    public Report assess(Dataset dataset, ParameterSet parameterSet,
                         Function<String, AgendaEventListener> listenerForCounty, Consumer<String> progress) {
        Instant started = Instant.now();
        long start = System.nanoTime();
        ReportBuilder builder = new ReportBuilder();
        List<CountyFacts> counties = dataset.byCounty();
        evaluateCounties(dataset.meta(), counties.size(), counties.iterator(), parameterSet, listenerForCounty, 1,
                progress, (facts, county) -> builder.add(county));
        String inputHash = CanonicalForm.sha256(dataset);
        return builder.build(runInfo(dataset.meta(), inputHash, parameterSet, started, start));
    }

    /**
     * Evaluates counties as {@code counties} yields them, each in its own session, up to {@code threads}
     * at once (1: in the calling thread, as the audit trail's listeners need), and hands each county's part
     * of the report to {@code done} in the order the counties came; tells {@code progress} of each county
     * once the run has taken more than two seconds. The next county is read while others are evaluated.
     */
    public void evaluateCounties(Meta meta, int countyCount, Iterator<CountyFacts> counties, ParameterSet parameterSet,
                                 Function<String, AgendaEventListener> listenerForCounty, int threads,
                                 Consumer<String> progress, BiConsumer<CountyFacts, CountyReport> done) {
        evaluateCounties(meta, countyCount, counties, parameterSet, listenerForCounty, threads, progress,
                (facts, report) -> report, done);
    }

    /**
     * As above, with {@code prepare} turning each county's part of the report into what {@code done} takes,
     * on the thread that evaluated the county (writing it out, say, so that the calling thread need not).
     */
    public <R> void evaluateCounties(Meta meta, int countyCount, Iterator<CountyFacts> counties,
                                     ParameterSet parameterSet, Function<String, AgendaEventListener> listenerForCounty,
                                     int threads, Consumer<String> progress,
                                     BiFunction<CountyFacts, CountyReport, R> prepare,
                                     BiConsumer<CountyFacts, R> done) {
        long start = System.nanoTime();
        Evaluator evaluator = new Evaluator(rules, listenerForCounty, explained);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        Deque<CountyFacts> inFlight = new ArrayDeque<>();
        Deque<FutureTask<R>> reports = new ArrayDeque<>();
        int evaluated = 0;
        long households = 0;
        try {
            while (counties.hasNext() || !inFlight.isEmpty()) {
                if (counties.hasNext() && inFlight.size() < threads) {
                    CountyFacts county = counties.next();
                    FutureTask<R> report = new FutureTask<>(() -> prepare.apply(county,
                            CountyReport.of(county, evaluator.evaluate(meta, county, parameterSet))));
                    inFlight.add(county);
                    reports.add(report);
                    if (pool == null) {
                        report.run();
                    } else {
                        pool.execute(report);
                    }
                    continue;
                }
                CountyFacts county = inFlight.poll();
                done.accept(county, reports.poll().get());
                evaluated++;
                households += county.households().size();
                long elapsed = System.nanoTime() - start;
                if (elapsed > QUIET_NANOS) {
                    progress.accept(String.format("evaluated county %s (%d/%d counties, %,d households, %d s)",
                            county.county().code(), evaluated, countyCount, households, elapsed / 1_000_000_000L));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw unchecked(e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** What failed on another thread, rethrown as it was (a checked cause wrapped). */
    public static RuntimeException unchecked(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException failure) {
            return failure;
        }
        if (e.getCause() instanceof Error failure) {
            throw failure;
        }
        return new IllegalStateException(e.getCause());
    }

    /** What identifies a run; its duration counts from {@code startNanos} until now. */
    public RunInfo runInfo(Meta meta, String inputHash, ParameterSet parameterSet, Instant started, long startNanos) {
        long durationMs = (System.nanoTime() - startNanos) / 1_000_000;
        return new RunInfo(UUID.randomUUID().toString(), meta.assessmentYear(), meta.effectiveAssessmentDate(),
                inputHash, rules.version(), parameterSet.version(), started, durationMs);
    }
}
