package org.povertyexit.monitor;

import org.povertyexit.monitor.cli.CheckCommand;
import org.povertyexit.monitor.cli.ConvertCommand;
import org.povertyexit.monitor.cli.EvaluateCommand;
import org.povertyexit.monitor.cli.ExitCodes;
import org.povertyexit.monitor.cli.GenerateCommand;
import org.povertyexit.monitor.cli.ImportCommand;
import org.povertyexit.monitor.cli.LedgerCommand;
import org.povertyexit.monitor.cli.ScenarioCommand;
import org.povertyexit.monitor.cli.ServeCommand;
import org.povertyexit.monitor.cli.TestRulesCommand;
import org.povertyexit.monitor.cli.UsersCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar exit-monitor.jar COMMAND ...}. */
@Command(name = "exit-monitor", mixinStandardHelpOptions = true, version = "exit-monitor 0.1.0",
        description = "Decides whether households, villages and counties meet the poverty-exit criteria, "
                + "says what is missing, who must fix it, and why.",
        subcommands = {EvaluateCommand.class, CheckCommand.class, TestRulesCommand.class, ConvertCommand.class,
                GenerateCommand.class,
                ScenarioCommand.class, ServeCommand.class, UsersCommand.class, ImportCommand.class, LedgerCommand.class,
                CommandLine.HelpCommand.class})
public class ExitMonitorApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code: 0 done, 2 invalid input, 1 anything else. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new ExitMonitorApplication());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);   // --format json, --lang en
        commandLine.setExecutionExceptionHandler(ExitCodes::handle);
        commandLine.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return ExitCodes.INVALID_INPUT;
        });
        return commandLine.execute(args);
    }
}
