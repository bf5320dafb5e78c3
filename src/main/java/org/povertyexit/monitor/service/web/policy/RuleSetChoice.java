package org.povertyexit.monitor.service.web.policy;

import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.run.StoredRun;
import org.povertyexit.monitor.service.ruleset.CurrentRules;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.stereotype.Component;

/**
 * Which rule set a policy page shows: the one in force, or with {@code ?run=ID} the one that run was
 * evaluated with (a run out of the reader's scope answers as one that does not exist).
 */
@Component
class RuleSetChoice {

    /** The rule set chosen; {@code run} is null for the set in force, and then nothing was {@code used} (null). */
    record Chosen(RunRecord run, RuleSetText text, ParameterSet used) {
    }

    private final CurrentRules current;
    private final ScopedRuns scoped;
    private final StoredRun stored;

    RuleSetChoice(CurrentRules current, ScopedRuns scoped, StoredRun stored) {
        this.current = current;
        this.scoped = scoped;
        this.stored = stored;
    }

    Chosen of(String runId, CountyScope scope) {
        if (runId == null || runId.isBlank()) {
            return new Chosen(null, RuleSetText.inForce(current.assessment()), null);
        }
        RunRecord run = scoped.header(runId, scope);
        return new Chosen(run, RuleSetText.ofRun(run.id(), run.rulesetVersion(), stored.rules(run)),
                stored.parameters(run));
    }
}
