package org.povertyexit.monitor.cli;

import java.io.IOException;
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
import org.povertyexit.monitor.report.ReportJson;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.streaming.StreamedEvaluation;
import org.povertyexit.monitor.streaming.StreamedEvaluation.Written;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates a dataset and writes the report (docs/report-format.md). Exit 0 done, "
                + "2 invalid input (problems on stderr), 1 any other failure. Any size of input: it is "
                + "evaluated county by county, working files going to the system's temporary folder.")
public class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "REPORT.json", description = "Write the report here (default: stdout).")
    Path out;

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
        Consumer<String> progress = DatasetInput.progressTo(err);
        StreamedEvaluation evaluation = new StreamedEvaluation(ExitAssessment.loadInBackground(rules.path()), threads)
                .indented(pretty);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            input.read(err, (loader, path) -> evaluation.run(loader, path, stdout, progress));
            stdout.println();
            stdout.flush();
            return ExitCodes.OK;
        }
        // the report appears under its name only when complete: a rejected input or a failure leaves none
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        partial.toFile().deleteOnExit();   // Ctrl-C skips the finally below, not the JVM's exit hooks
        try {
            Written written;
            try (Writer report = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                written = input.read(err, (loader, path) -> evaluation.run(loader, path, report, progress));
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
            err.println("report written to " + out + " (" + written.households() + " households, "
                    + written.run().durationMs() + " ms)");
            return ExitCodes.OK;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
