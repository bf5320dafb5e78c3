package org.povertyexit.monitor.service.ruleset;

import java.util.List;

/** A rule set that may not be put in force: its rules do not compile, or a test case fails (422). */
public class RuleSetRejectedException extends Exception {

    private final List<String> problems;

    public RuleSetRejectedException(List<String> problems) {
        super("the rule set was rejected: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
