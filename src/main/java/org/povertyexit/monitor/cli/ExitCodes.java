package org.povertyexit.monitor.cli;

import java.io.PrintWriter;
import java.util.List;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.label.InputReasons;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.rules.RuleCompilationException;
import picocli.CommandLine;

/** Exit codes and how a failure is told: a readable message, never a stack trace. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int INVALID_INPUT = 2;
    /** Problems listed on the terminal at most; {@code --errors-json} has them all. */
    public static final int ERRORS_SHOWN = 50;

    private ExitCodes() {
    }

    public static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InvalidDatasetException invalid) {
            printProblems(err, invalid.errors(), invalid.total(), language(commandLine));
            return INVALID_INPUT;
        }
        if (e instanceof RuleCompilationException rules) {
            err.println("The rules do not compile (" + rules.problems().size() + " error(s)):");
            rules.problems().forEach(problem -> err.println("  " + problem));
            return FAILURE;
        }
        err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        return FAILURE;
    }

    public static void printProblems(PrintWriter err, List<InputError> errors, Language language) {
        printProblems(err, errors, errors.size(), language);
    }

    /**
     * The first problems, and how many there are ({@code total} may exceed the problems kept), the reasons
     * in the language asked for.
     */
    public static void printProblems(PrintWriter err, List<InputError> errors, long total, Language language) {
        Labels labels = Labels.of(language);
        err.println(labels.text("problems.rejected", Long.toString(total)));
        errors.stream().limit(ERRORS_SHOWN).forEach(error -> err.println("  " + InputReasons.line(language, error)));
        if (total > ERRORS_SHOWN) {
            err.println("  " + labels.text(total > errors.size() ? "problems.more-kept" : "problems.more",
                    Long.toString(total - ERRORS_SHOWN), Integer.toString(errors.size())));
        }
    }

    /** The language the command was asked to speak (--lang), Chinese when it has no such option. */
    static Language language(CommandLine commandLine) {
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        return parsed == null || !parsed.hasMatchedOption("--lang") ? Language.ZH
                : parsed.matchedOptionValue("--lang", Language.ZH);
    }
}
