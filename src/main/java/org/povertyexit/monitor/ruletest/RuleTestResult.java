package org.povertyexit.monitor.ruletest;

import java.util.List;

/** A case's outcome: the mismatches between what it expected and what the rules reported (none = passed). */
public record RuleTestResult(RuleTestCase testCase, List<String> mismatches) {

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
