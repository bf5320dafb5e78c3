package org.povertyexit.monitor.service.run;

import java.util.LinkedHashMap;
import java.util.Map;
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
    private final Map<String, ExitAssessment> compiled = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ExitAssessment> eldest) {
            return size() > KEPT;
        }
    };

    public StoredAssessments(StoredRun stored) {
        this.stored = stored;
    }

    public synchronized ExitAssessment of(RunRecord run) throws RuleCompilationException {
        ExitAssessment assessment = compiled.get(run.ruleSnapshot());
        if (assessment == null) {
            assessment = new ExitAssessment(new RuleSource("rules of run " + run.id(), stored.rules(run).files()));
            compiled.put(run.ruleSnapshot(), assessment);
        }
        return assessment;
    }
}
