package org.povertyexit.monitor.service.run;

import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.rules.RuleSource;
import org.springframework.stereotype.Component;

/**
 * The rules and parameter tree a stored run was evaluated with, compiled from its rule snapshot and
 * never from {@code rules/}: what scenarios on a stored run use. Compiling takes seconds, and a
 * snapshot never changes, so the last few are kept by snapshot hash.
 */
@Component
public class StoredAssessments {

    private static final int KEPT = 2;

    private final StoredRun stored;
    private final KeptRecently<String, ExitAssessment> compiled = new KeptRecently<>(KEPT);

    public StoredAssessments(StoredRun stored) {
        this.stored = stored;
    }

    // one at a time: two scenarios on the same rules would otherwise both compile them (seconds each)
    public synchronized ExitAssessment of(RunRecord run) throws RuleCompilationException {
        return compiled.get(run.ruleSnapshot(),
                snapshot -> new ExitAssessment(new RuleSource("rules of run " + run.id(), stored.rules(run).files())));
    }
}
