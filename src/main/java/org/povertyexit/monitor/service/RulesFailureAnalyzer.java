package org.povertyexit.monitor.service;

import org.povertyexit.monitor.rules.RuleCompilationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** When the rules in force cannot be read or compiled, the service does not start, and says where and why. */
public class RulesFailureAnalyzer extends AbstractFailureAnalyzer<RuleCompilationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleCompilationException cause) {
        return new FailureAnalysis("The rules in force cannot be used:\n  " + String.join("\n  ", cause.problems()),
                "Fix the rules at the places above, or name a rules folder that compiles with "
                        + "--exit-monitor.rules=DIR.", cause);
    }
}
