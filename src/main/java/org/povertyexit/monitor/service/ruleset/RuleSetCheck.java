package org.povertyexit.monitor.service.ruleset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.rules.RuleSource;
import org.povertyexit.monitor.ruletest.RuleTestResult;
import org.povertyexit.monitor.ruletest.RuleTestRunner;

/**
 * What a rule set must pass before it is put in force: its rules compile, it carries test cases under
 * {@code tests/}, and every one of them passes ({@code test-rules} on the command line runs the same).
 */
final class RuleSetCheck {

    /** A rule set that passed: compiled, and how many test cases it passed. */
    record Checked(ExitAssessment assessment, int testCases) {
    }

    private RuleSetCheck() {
    }

    static Checked check(RuleSource source) throws RuleSetRejectedException {
        ExitAssessment assessment;
        try {
            assessment = new ExitAssessment(source);
        } catch (RuleCompilationException e) {
            throw new RuleSetRejectedException(e.problems());
        }
        List<RuleTestResult> results;
        try {
            results = new RuleTestRunner(assessment).runAll();
        } catch (IOException | RuntimeException e) {
            throw new RuleSetRejectedException(List.of("the test cases under tests/ cannot be read: "
                    + e.getMessage()));
        }
        if (results.isEmpty()) {
            throw new RuleSetRejectedException(List.of("the rule set has no test cases under tests/: a rule set is "
                    + "put in force only with the cases that show its rules decide as they should"));
        }
        List<String> failed = new ArrayList<>();
        for (RuleTestResult result : results) {
            if (!result.passed()) {
                failed.add(result.testCase().displayName() + ": " + String.join("; ", result.mismatches()));
            }
        }
        if (!failed.isEmpty()) {
            throw new RuleSetRejectedException(failed);
        }
        return new Checked(assessment, results.size());
    }
}
