package org.povertyexit.monitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.ReportJson;
import org.povertyexit.monitor.rules.RuleCompilationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates a dataset and writes the report (report-format.md). Exit 0 done, "
                + "2 invalid input (problems on stderr), 1 any other failure.")
public class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "Dataset: a .json file, a CSV folder or an .xlsx workbook.")
    Path input;

    @Option(names = "--out", paramLabel = "REPORT.json", description = "Write the report here (default: stdout).")
    Path out;

    @Option(names = "--errors-json", paramLabel = "FILE",
            description = "When the input is rejected, write every problem to FILE as JSON.")
    Path errorsJson;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, RuleCompilationException {
        PrintWriter err = spec.commandLine().getErr();
        DatasetLoader loader = new DatasetLoader(line -> {
            err.println(line);
            err.flush();
        });
        Dataset dataset;
        try {
            dataset = loader.load(input);
        } catch (InvalidDatasetException e) {
            writeErrors(e.errors());
            ExitCodes.printProblems(err, e.errors());
            return ExitCodes.INVALID_INPUT;
        }
        loader.warnings().forEach(warning -> err.println(warning));
        Report report = ExitAssessment.load(rules.path()).assess(dataset);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(ReportJson.MAPPER.writeValueAsString(report));
            stdout.flush();
        } else {
            ReportJson.MAPPER.writeValue(out.toFile(), report);
            err.println("report written to " + out + " (" + report.households().size() + " households, "
                    + report.run().durationMs() + " ms)");
        }
        return ExitCodes.OK;
    }

    private void writeErrors(List<InputError> errors) throws IOException {
        if (errorsJson != null) {
            Files.createDirectories(errorsJson.toAbsolutePath().getParent());
            ReportJson.MAPPER.writeValue(errorsJson.toFile(), errors);
        }
    }
}
