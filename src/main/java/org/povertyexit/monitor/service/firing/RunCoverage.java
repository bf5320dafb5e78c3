package org.povertyexit.monitor.service.firing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.rules.RuleInfo;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.run.StoredRun;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.stereotype.Component;

/**
 * How often each rule of a run's rule set fired in the user's counties, from the counts the county rows
 * keep (no firing block is read): what the API answers and the auditors' coverage page shows.
 */
@Component
public class RunCoverage {

    /**
     * A rule of the run's ruleset and how often it fired; an evidence rule ({@code evidence}: its
     * criterion) fires only for an entity explained: in a run, for its counties alone.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleCoverage(String name, String file, String criterion, String evidence, long firings) {

        /** A rule that should have fired in the run and did not (evidence rules are not held to that). */
        public boolean neverFired() {
            return firings == 0 && evidence == null;
        }
    }

    /**
     * Every rule of the run's ruleset with its firing count; {@code neverFired} lists the rules at 0 that
     * could have fired in the run (not the evidence rules, most of which fire only when explain asks).
     */
    public record Coverage(String runId, int rules, int rulesFired, long firings, List<RuleCoverage> coverage,
                           List<String> neverFired) {
    }

    private final FiringStore firings;
    private final StoredRun stored;
    private final ScopedRuns scoped;

    public RunCoverage(FiringStore firings, StoredRun stored, ScopedRuns scoped) {
        this.firings = firings;
        this.stored = stored;
        this.scoped = scoped;
    }

    /** The run's coverage in the scope's counties; 404 for a run out of scope. */
    public Coverage of(String runId, CountyScope scope) {
        RunRecord run = scoped.header(runId, scope);
        List<RuleInfo> catalog = stored.rules(run).catalog();
        Map<String, Long> counts = firings.countsByRule(runId, scope);
        List<RuleCoverage> coverage = catalog.stream().map(rule -> new RuleCoverage(rule.name(), rule.file(),
                rule.criterion(), rule.evidence(), counts.getOrDefault(rule.name(), 0L))).toList();
        List<String> neverFired = coverage.stream().filter(RuleCoverage::neverFired).map(RuleCoverage::name)
                .toList();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        int fired = (int) coverage.stream().filter(rule -> rule.firings() > 0).count();
        return new Coverage(runId, catalog.size(), fired, total, coverage, neverFired);
    }
}
