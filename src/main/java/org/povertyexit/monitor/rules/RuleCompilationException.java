package org.povertyexit.monitor.rules;

import java.util.List;

/** The DRL files do not compile; each problem reads {@code rules/file.drl:line: message}. */
public class RuleCompilationException extends Exception {

    private final transient List<String> problems;

    public RuleCompilationException(List<String> problems) {
        super("the rules do not compile:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
