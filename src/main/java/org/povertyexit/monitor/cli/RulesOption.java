package org.povertyexit.monitor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules} option that every command which evaluates shares. */
public class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (DRL files, parameters/, tests/). Default: the system property "
                    + "exit-monitor.rules, else the environment variable EXIT_MONITOR_RULES, else ./rules, "
                    + "else the rules embedded in the program.")
    Path rules;

    public Path path() {
        return rules;
    }
}
