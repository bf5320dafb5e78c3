package org.povertyexit.monitor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.report.ReportJson;
import org.povertyexit.monitor.workbook.ReportWorkbook;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.streaming.CountyObserver;
import org.povertyexit.monitor.streaming.FactSource;
import org.povertyexit.monitor.streaming.StreamedEvaluation;
import org.povertyexit.monitor.streaming.StreamedEvaluation.Written;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates a dataset: prints a summary per county (in Chinese, --lang en for English) and "
                + "writes the full report (docs/report-format.md) to --out, or to stdout with --format json. Exit 0 "
                + "done, 2 invalid input (problems on stderr), 1 any other failure. Any size of input: it is "
                + "evaluated county by county, working files going to the system's temporary folder.")
public class EvaluateCommand implements Callable<Integer> {

    /** What goes to the terminal: the summary for people, or the report itself. */
    enum Format { SUMMARY, JSON }

    @Option(names = "--out", paramLabel = "REPORT.json", description = "Write the report here.")
    Path out;

    @Option(names = "--format", paramLabel = "summary|json", description = "What stdout shows: the summary "
            + "(default) or the report as JSON (then nothing else).")
    Format format = Format.SUMMARY;

    @Option(names = "--lang", paramLabel = "zh|en", description = "The summary's language (default zh).")
    Language lang = Language.ZH;

    @Option(names = "--xlsx", paramLabel = "REPORT.xlsx", description = "Also write the report workbook: a summary, "
            + "counties, villages, households and the remediation items by department, with Chinese headers (in "
            + "English with --lang en), ready to file and print.")
    Path xlsx;

    @Option(names = "--threads", paramLabel = "N", description = "Counties evaluated at once; memory grows with "
            + "it (default: the number of processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--pretty", negatable = true, description = "Indent the report (--no-pretty: compact). Default: "
            + "indented up to " + ReportJson.PRETTY_UP_TO + " households, compact beyond; whitespace aside the two are "
            + "the same JSON.")
    Boolean pretty;

    @Mixin
    DatasetInput input;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, RuleCompilationException, InvalidDatasetException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Consumer<String> progress = DatasetInput.progressTo(err);
        StreamedEvaluation evaluation = new StreamedEvaluation(ExitAssessment.loadInBackground(rules.path()), threads)
                .indented(pretty);
        EvaluationSummary summary = new EvaluationSummary();
        try (ReportWorkbook workbook = xlsx == null ? null : new ReportWorkbook(Labels.of(lang))) {
            CountyObserver<?> observers = workbook == null ? summary : summary.and(new WorkbookOfCounties(workbook));
            Written written = evaluate(evaluation, observers, err, stdout, progress);
            if (workbook != null) {
                try (OutputStream file = Files.newOutputStream(xlsx)) {
                    workbook.write(file, written.run());
                }
            }
            if (format == Format.SUMMARY) {
                summary.print(stdout, Labels.of(lang), written);
                if (out == null) {
                    stdout.println();
                    stdout.println(Labels.of(lang).text("summary.footer"));
                }
                stdout.flush();
            }
            if (out != null) {
                err.println(Labels.of(lang).text("summary.report-written", out.toString(),
                        Integer.toString(written.households()), Long.toString(written.run().durationMs())));
            }
            return ExitCodes.OK;
        }
    }

    /** Evaluates, the report going to --out, or to stdout as JSON, or nowhere (the summary alone). */
    private Written evaluate(StreamedEvaluation evaluation, CountyObserver<?> observers, PrintWriter err,
                             PrintWriter stdout, Consumer<String> progress)
            throws IOException, RuleCompilationException, InvalidDatasetException {
        if (out == null) {
            boolean json = format == Format.JSON;
            Writer report = json ? stdout : Writer.nullWriter();
            Written written = input.read(err, (loader, path) -> evaluation.run(FactSource.of(loader, path), report,
                    progress, observers));
            if (json) {
                stdout.println();
                stdout.flush();
            }
            return written;
        }
        // the report appears under its name only when complete: a rejected input or a failure leaves none
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        partial.toFile().deleteOnExit();   // Ctrl-C skips the finally below, not the JVM's exit hooks
        try {
            Written written;
            try (Writer report = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                written = input.read(err, (loader, path) -> evaluation.run(FactSource.of(loader, path), report,
                        progress, observers));
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
            return written;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
