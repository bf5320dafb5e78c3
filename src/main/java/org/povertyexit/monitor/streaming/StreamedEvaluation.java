package org.povertyexit.monitor.streaming;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.PrivateFiles;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.dataset.DatasetOutline;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.dataset.Village;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.parameter.ParameterOverride;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.ReportJson;
import org.povertyexit.monitor.report.ReportSummary;
import org.povertyexit.monitor.report.ReportWriter;
import org.povertyexit.monitor.report.RunInfo;
import org.povertyexit.monitor.report.VillageResult;
import org.povertyexit.monitor.rules.RuleCompilationException;

/**
 * Evaluates an input of any size with memory for one county at a time: the input is read once, checked
 * while its households and members go to a file per county ({@link CountyPartition}); each county is
 * then read back and evaluated, its results written out as sorted runs ({@link SortedRuns}); the report
 * is finally written from those runs merged, and the input hash made as {@link InputHash} says. The
 * report is byte for byte what {@link ExitAssessment#assess} gives for the same input, apart from the
 * run's id and times.
 *
 * <p>The working files go to a fresh folder in the system's temporary directory and are deleted
 * however the run ends; a rejected input leaves nothing behind.
 */
public final class StreamedEvaluation {

    private final ExitAssessment.Pending assessment;
    private final Path workParent;
    private final int threads;
    private final Boolean pretty;
    private final String runId;
    private final List<ParameterOverride> overrides;

    /** Working files in the system's temporary folder; {@code threads} counties evaluated at once. */
    public StreamedEvaluation(ExitAssessment assessment, int threads) {
        this(ExitAssessment.Pending.of(assessment), threads);
    }

    /** With rules that may still be compiling: the input is read and checked meanwhile. */
    public StreamedEvaluation(ExitAssessment.Pending assessment, int threads) {
        this(assessment, Path.of(System.getProperty("java.io.tmpdir")), threads, null);
    }

    /** Working files in a fresh folder under {@code workParent}. */
    public StreamedEvaluation(ExitAssessment assessment, Path workParent, int threads) {
        this(ExitAssessment.Pending.of(assessment), workParent, threads, null);
    }

    private StreamedEvaluation(ExitAssessment.Pending assessment, Path workParent, int threads, Boolean pretty) {
        this(assessment, workParent, threads, pretty, null, null);
    }

    private StreamedEvaluation(ExitAssessment.Pending assessment, Path workParent, int threads, Boolean pretty,
                               String runId, List<ParameterOverride> overrides) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.assessment = assessment;
        this.workParent = workParent;
        this.threads = threads;
        this.pretty = pretty;
        this.runId = runId;
        this.overrides = overrides;
    }

    /**
     * The same evaluation writing an indented report ({@code true}), a compact one ({@code false}), or
     * (null, the default) indented up to {@link ReportJson#PRETTY_UP_TO} households and compact beyond.
     */
    public StreamedEvaluation indented(Boolean indented) {
        return new StreamedEvaluation(assessment, workParent, threads, indented, runId, overrides);
    }

    /**
     * The same evaluation as the run {@code id} (the service names its runs before they are evaluated),
     * with the parameters in force on the assessment date but for {@code parameterOverrides} (a scenario's).
     */
    public StreamedEvaluation as(String id, List<ParameterOverride> parameterOverrides) {
        return new StreamedEvaluation(assessment, workParent, threads, pretty, id, parameterOverrides);
    }

    /** What a run wrote: its identity, how many households it reported on, the report's summary, the parameters. */
    public record Written(RunInfo run, int households, Map<String, Map<ExitStatus, Integer>> summary,
                          ParameterSet parameters) {
    }

    public Written run(DatasetLoader loader, Path input, Writer report, Consumer<String> progress)
            throws IOException, InvalidDatasetException, RuleCompilationException {
        return run(FactSource.of(loader, input), report, progress, CountyObserver.NONE);
    }

    /** Evaluates what {@code source} gives, writing the report to {@code report}; {@code observer} sees each county. */
    public <P> Written run(FactSource source, Writer report, Consumer<String> progress, CountyObserver<P> observer)
            throws IOException, InvalidDatasetException, RuleCompilationException {
        Path work = Files.createTempDirectory(workParent, "exit-monitor-");
        // Ctrl-C or a kill (not kill -9) ends the JVM without reaching the finally below
        Thread cleanUp = new Thread(() -> deleteWhileWritten(work), "delete " + work.getFileName());
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            if (source instanceof FactSource.ByCounty byCounty) {
                Meta meta = byCounty.meta();
                observer.started(meta);
                return evaluate(assessment.get(), meta, byCounty.countyCount(), byCounty.counties(),
                        InputHash.merged(work), work, report, progress, observer);
            }
            try (CountyPartition partition = new CountyPartition(work)) {
                DatasetOutline outline;
                try {
                    outline = source.check(partition);
                } catch (InvalidDatasetException e) {
                    assessment.get();   // rules that do not compile are told first, as when they were compiled first
                    throw e;
                }
                partition.close();
                observer.started(outline.meta());
                Iterator<CountyFacts> facts = outline.counties().stream()
                        .map(county -> read(partition, outline, county)).iterator();
                InputHash hash = partition.inIdOrder(outline.counties()) ? InputHash.inOrder(outline)
                        : InputHash.merged(work);
                return evaluate(assessment.get(), outline.meta(), outline.counties().size(), facts, hash, work,
                        report, progress, observer);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            delete(work);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: the folder is gone either way
            }
        }
    }

    private <P> Written evaluate(ExitAssessment assessment, Meta meta, int countyCount, Iterator<CountyFacts> facts,
                                 InputHash hash, Path work, Writer report, Consumer<String> progress,
                                 CountyObserver<P> observer) throws IOException {
        Instant started = Instant.now();
        long start = System.nanoTime();
        ParameterSet parameters = assessment.parametersFor(meta);
        if (overrides != null && !overrides.isEmpty()) {
            parameters = parameters.withOverrides(overrides);
        }
        SortedRuns households = new SortedRuns(work, "households");
        SortedRuns remediation = new SortedRuns(work, "remediation");
        List<VillageResult> villages = new ArrayList<>();
        List<CountyResult> counties = new ArrayList<>();
        List<County> countyFacts = new ArrayList<>();
        List<Village> villageFacts = new ArrayList<>();
        ReportSummary summary = new ReportSummary();
        // each county's lists are written out on the thread that evaluated it, then added in county order
        assessment.evaluateCounties(meta, countyCount, facts, parameters, observer::listener,
                threads, progress, (county, results) -> {
                    CountyRuns runs = CountyRuns.of(county, results);
                    P evaluated = observer.evaluated(county, results,
                            runs.canonical().stream().map(SortedRuns.Entry::json).toList());
                    try {
                        return new Observed<>(results, hash.prepare(runs.canonical()),
                                households.write(runs.households()), remediation.write(runs.remediation()),
                                evaluated);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, (county, observed) -> {
                    hash.add(observed.canonical());
                    households.add(observed.households());
                    remediation.add(observed.remediation());
                    villages.addAll(observed.results().villages());
                    counties.add(observed.results().county());
                    summary.add(observed.results());
                    countyFacts.add(county.county());
                    villageFacts.addAll(county.villages());
                    observer.done(county, observed.evaluated());
                });
        if (System.nanoTime() - start > ExitAssessment.QUIET_NANOS) {
            progress.accept("hashing the input and writing the report");
        }
        // what a dataset holds besides its households, as the counties brought it
        DatasetOutline outline = new DatasetOutline(meta, countyFacts, villageFacts);
        // the input's hash and the report's lists are each a pass over all households: made at once
        FutureTask<String> hashing = hash.hashing(outline);
        Thread hasher = new Thread(hashing, "hash the input");
        hasher.setDaemon(true);
        hasher.start();
        villages.sort(Comparator.comparing(VillageResult::code));
        counties.sort(Comparator.comparing(CountyResult::code));
        boolean indent = pretty != null ? pretty : summary.households() <= ReportJson.PRETTY_UP_TO;
        Path rest = work.resolve("report-rest.json");
        try (Writer out = new OutputStreamWriter(new BufferedOutputStream(PrivateFiles.create(rest), 1 << 16),
                StandardCharsets.UTF_8)) {
            ReportWriter.writeRest(out, indent, summary.counts(), households.merged(), villages, counties,
                    remediation.merged());
        } finally {
            awaitEnd(hasher); // a failure above leaves no thread reading runs about to be deleted
        }
        RunInfo run = assessment.runInfo(meta, inputHash(hashing), parameters, started, start);
        if (runId != null) {
            run = run.withId(runId);
        }
        try (Reader in = Files.newBufferedReader(rest, StandardCharsets.UTF_8)) {
            ReportWriter.write(report, indent, run, in);
        }
        return new Written(run, summary.households(), summary.counts(), parameters);
    }

    private static void awaitEnd(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String inputHash(FutureTask<String> hashing) throws IOException {
        try {
            return hashing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while hashing the input", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw ExitAssessment.unchecked(e);
        }
    }

    /** A county's part of the report, its runs as written, and what the observer made of it. */
    private record Observed<P>(CountyReport results, InputHash.Part canonical, SortedRuns.Run households,
                               SortedRuns.Run remediation, P evaluated) {
    }

    /** A county's lists as sorted runs to write. */
    private record CountyRuns(List<SortedRuns.Entry> canonical, List<SortedRuns.Entry> households,
                              List<SortedRuns.Entry> remediation) {

        static CountyRuns of(CountyFacts county, CountyReport results) {
            List<Household> facts = county.households();
            List<SortedRuns.Entry> canonical = new ArrayList<>(facts.size());
            for (int i = 0; i < facts.size(); i++) {
                // facts read back from a store come with the canonical form they were read from
                canonical.add(new SortedRuns.Entry(facts.get(i).id(), county.stored() != null
                        ? county.stored().households().get(i) : CanonicalForm.of(facts.get(i))));
            }
            return new CountyRuns(canonical, ReportRuns.households(results), ReportRuns.remediation(results));
        }
    }

    private static CountyFacts read(CountyPartition partition, DatasetOutline outline, County county) {
        try {
            return partition.read(county, outline.villagesOf(county.code()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * While the JVM shuts down the run goes on writing, and may open a file after a pass has listed the
     * folder: a few passes, a moment apart, leave nothing.
     */
    private static void deleteWhileWritten(Path folder) {
        for (int pass = 0; pass < 10 && Files.exists(folder); pass++) {
            try {
                delete(folder);
            } catch (IOException | UncheckedIOException e) {
                // a file appeared or went while listing: the next pass takes it
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
