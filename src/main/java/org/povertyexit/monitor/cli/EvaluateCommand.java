package org.povertyexit.monitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.ReportJson;
import org.povertyexit.monitor.rules.RuleCompilationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates a dataset and writes the report (report-format.md). Exit 0 done, "
                + "2 invalid input (problems on stderr), 1 any other failure.")
public class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "REPORT.json", description = "Write the report here (default: stdout).")
    Path out;

    @Mixin
    DatasetInput input;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, RuleCompilationException, InvalidDatasetException {
        PrintWriter err = spec.commandLine().getErr();
        Dataset dataset = input.load(err);
        ExitAssessment assessment = ExitAssessment.load(rules.path());
        Report report = assessment.assess(dataset, assessment.parametersFor(dataset.meta()), county -> null, line -> {
            err.println(line);
            err.flush();
        });
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
}
