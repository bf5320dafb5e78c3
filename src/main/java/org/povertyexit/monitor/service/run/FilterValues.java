package org.povertyexit.monitor.service.run;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.rules.RuleInfo;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The values a listing may be filtered by, checked before it is listed: a typo in a filter answers 400
 * naming what it may be, not an empty list that looks like "nothing to fix". A blank filter is no filter.
 */
@Component
public class FilterValues {

    private final StoredRun stored;
    private final ScopedRuns scoped;

    public FilterValues(StoredRun stored, ScopedRuns scoped) {
        this.stored = stored;
        this.scoped = scoped;
    }

    /** A department by code (HEALTH) or Chinese name (卫健). */
    public void department(String value) {
        if (given(value) && Department.named(value).isEmpty()) {
            throw unknown("department", value, Arrays.stream(Department.values())
                    .map(d -> d.name() + " " + d.label()).collect(Collectors.joining(", ")));
        }
    }

    /** A criterion code of the run's rules. */
    public void criterion(RunRecord run, String value) {
        List<String> codes = criteria(run);
        if (given(value) && !codes.contains(value)) {
            throw unknown("criterion", value, String.join(", ", codes));
        }
    }

    /** A monitoring flag: a criterion code of the run's rules that starts M-. */
    public void flag(RunRecord run, String value) {
        List<String> flags = flags(run);
        if (given(value) && !flags.contains(value)) {
            throw unknown("flag", value, String.join(", ", flags));
        }
    }

    /** The criterion codes of the run's rules, in order: what a criterion filter may be. */
    public List<String> criteria(RunRecord run) {
        return catalog(run).stream().map(RuleInfo::criterion).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** The monitoring criteria (M-…) of the run's rules, in order: what a flag filter may be. */
    public List<String> flags(RunRecord run) {
        return criteria(run).stream().filter(code -> code.startsWith("M-")).toList();
    }

    /** A rule name of the run's rules. */
    public void rule(RunRecord run, String value) {
        if (given(value) && catalog(run).stream().noneMatch(rule -> rule.name().equals(value))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown rule '" + value + "': the run's rules "
                    + "are listed by GET /api/runs/" + run.id() + "/coverage");
        }
    }

    /** A county of the run that the user may see. */
    public void county(String runId, String value, CountyScope scope) {
        if (!given(value)) {
            return;
        }
        List<String> seen = scoped.inScope(runId, scope).stream().map(CountyPart::countyCode).toList();
        if (!seen.contains(value)) {
            throw unknown("county", value, String.join(", ", seen));
        }
    }

    /** An entity of the run (at the level given, or any) in a county the user may see. */
    public void entity(String runId, String value, CountyScope scope, Level... levels) {
        if (!given(value)) {
            return;
        }
        for (Level level : levels.length == 0 ? Level.values() : levels) {
            if (scoped.countyOf(runId, level, value, scope).isPresent()) {
                return;
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no " + (levels.length == 1
                ? levels[0].name().toLowerCase(Locale.ROOT) : "entity") + " '" + value + "' in this run");
    }

    private List<RuleInfo> catalog(RunRecord run) {
        return stored.rules(run).catalog();
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static ResponseStatusException unknown(String what, String value, String allowed) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown " + what + " '" + value + "': one of "
                + allowed);
    }
}
