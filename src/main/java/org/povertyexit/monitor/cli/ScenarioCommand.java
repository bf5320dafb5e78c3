package org.povertyexit.monitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.ReportJson;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.scenario.Flip;
import org.povertyexit.monitor.scenario.InvalidScenarioException;
import org.povertyexit.monitor.scenario.PreparedScenario;
import org.povertyexit.monitor.scenario.Scenario;
import org.povertyexit.monitor.scenario.ScenarioComparison;
import org.povertyexit.monitor.scenario.ScenarioResult;
import org.povertyexit.monitor.scenario.Sweep;
import org.povertyexit.monitor.scenario.SweepRange;
import org.povertyexit.monitor.scenario.SweepResult;
import org.povertyexit.monitor.scenario.WhatIfAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = {"What-if analysis (docs/report-format.md). One scenario file: the result document "
                + "{baseline, scenario, diff}. Several: a comparison of the baseline and each scenario side by "
                + "side (JSON; a readable table on stderr, or on stdout with --table). --sweep: one parameter over "
                + "a range, on the input's facts or on one scenario's.",
                "Exit 0 done, 2 invalid input or scenario (located problems on stderr), 1 any other failure."})
public class ScenarioCommand implements Callable<Integer> {

    /** How many status changes the one-line summary names. */
    private static final int FIRST_NAMED = 5;

    @Mixin
    DatasetInput input;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "SCENARIO.json", description = "Scenario file(s).")
    List<Path> scenarioFiles = new ArrayList<>();

    @Option(names = "--out", paramLabel = "RESULT.json", description = "Write the JSON here (default: stdout).")
    Path out;

    @Option(names = "--table", description = "Print the readable table on stdout (the JSON then needs --out).")
    boolean table;

    @Option(names = "--sweep", paramLabel = "NAME=FROM:TO:STEP",
            description = "Vary one parameter over an inclusive range, e.g. household.poverty_line=3500:4500:100.")
    String sweep;

    @Option(names = "--lang", paramLabel = "zh|en", description = "The tables' and summary's language (default zh).")
    Language lang = Language.ZH;

    @Option(names = "--threads", paramLabel = "N", description = "Sweep points evaluated at once (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, RuleCompilationException, InvalidDatasetException {
        PrintWriter err = spec.commandLine().getErr();
        SweepRange range = null;
        if (sweep != null) {
            try {
                range = SweepRange.parse(sweep);
            } catch (IllegalArgumentException e) {
                return invalid(err, "--sweep", sweep, e.getMessage());
            }
            if (scenarioFiles.size() > 1) {
                return invalid(err, "--sweep", sweep, "sweeps the input or one scenario, not several");
            }
        } else if (scenarioFiles.isEmpty()) {
            return invalid(err, null, null, "give at least one SCENARIO.json, or --sweep");
        }
        Dataset dataset = input.load(err);
        ExitAssessment assessment = ExitAssessment.load(rules.path());
        WhatIfAnalysis analysis = new WhatIfAnalysis(assessment);
        List<PreparedScenario> prepared;
        try {
            prepared = prepare(analysis, dataset);
        } catch (InvalidScenarioException e) {
            ExitCodes.printProblems(err, e.errors(), lang);
            return ExitCodes.INVALID_INPUT;
        }
        if (range != null) {
            if (!assessment.parameterTree().definitions().containsKey(range.parameter())) {
                return invalid(err, "--sweep", range.parameter(), "no such parameter");
            }
            return sweep(assessment, dataset, prepared, range);
        }
        Report baseline = analysis.baseline(dataset);
        List<ScenarioResult> results = new ArrayList<>();
        for (PreparedScenario scenario : prepared) {
            results.add(analysis.evaluate(baseline, scenario));
        }
        ScenarioComparison comparison = ScenarioComparison.of(baseline,
                prepared.stream().map(PreparedScenario::scenario).toList(), results);
        if (results.size() == 1) {
            write(results.get(0));
            if (table) {
                show(comparison.table(Labels.of(lang)));
            }
            err.println(prepared.get(0).scenario().name() + ": " + changes(results.get(0).diff().flips(),
                    Labels.of(lang)) + (out == null ? "" : Labels.of(lang).text("scenario.written", out.toString())));
            return ExitCodes.OK;
        }
        write(comparison);
        show(comparison.table(Labels.of(lang)));
        return ExitCodes.OK;
    }

    /** Reads and applies every scenario before anything is evaluated, reporting the problems of all files. */
    private List<PreparedScenario> prepare(WhatIfAnalysis analysis, Dataset dataset)
            throws IOException, InvalidScenarioException {
        List<PreparedScenario> prepared = new ArrayList<>();
        List<InputError> problems = new ArrayList<>();
        for (Path file : scenarioFiles) {
            try {
                Scenario scenario = analysis.reader().read(file);
                prepared.add(analysis.prepare(dataset, scenario));
            } catch (InvalidScenarioException e) {
                problems.addAll(e.errors());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return prepared;
    }

    private int sweep(ExitAssessment assessment, Dataset dataset, List<PreparedScenario> prepared, SweepRange range)
            throws IOException {
        boolean onScenario = !prepared.isEmpty();
        Dataset facts = onScenario ? prepared.get(0).facts() : dataset;
        var parameters = onScenario ? prepared.get(0).parameters() : assessment.parametersFor(dataset.meta());
        long start = System.nanoTime();
        SweepResult result = new Sweep(assessment.rules(), threads).run(facts, parameters, range,
                onScenario ? prepared.get(0).scenario().name() : null);
        write(result);
        show(result.table(Labels.of(lang)));
        spec.commandLine().getErr().println(result.points().size() + " points in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return ExitCodes.OK;
    }

    /** How many entities changed, status changes apart from "other failed criteria, same status", the first named. */
    static String changes(List<Flip> flips, Labels labels) {
        List<Flip> statusChanged = flips.stream().filter(Flip::statusChanged).toList();
        String first = statusChanged.stream().limit(FIRST_NAMED).map(flip -> flip.id() + " "
                + labels.status(flip.from()) + " → " + labels.status(flip.to()))
                .collect(Collectors.joining(labels.text("summary.separator")));
        return labels.text("scenario.changes", Integer.toString(statusChanged.size()),
                first.isEmpty() ? "" : labels.text("scenario.first", first + (statusChanged.size() > FIRST_NAMED
                        ? labels.text("summary.separator") + "…" : "")),
                Integer.toString(flips.size() - statusChanged.size()));
    }

    private void write(Object document) throws IOException {
        if (out != null) {
            ReportJson.MAPPER.writeValue(out.toFile(), document);
        } else if (!table) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(ReportJson.MAPPER.writeValueAsString(document));
            stdout.flush();
        }
    }

    private void show(String text) {
        PrintWriter target = table ? spec.commandLine().getOut() : spec.commandLine().getErr();
        target.print(text);
        target.flush();
    }

    private int invalid(PrintWriter err, String field, String value, String reason) {
        ExitCodes.printProblems(err, List.of(InputError.error("command line", null, field, value, reason)), lang);
        return ExitCodes.INVALID_INPUT;
    }
}
