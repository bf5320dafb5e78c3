package org.povertyexit.monitor.service.run;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.service.user.OutsideScopeException;
import org.springframework.stereotype.Component;

/**
 * Stored runs as a user's county scope lets them see them. A run is visible when it holds one of the
 * user's counties; an entity, when its county is in scope. What is out of scope answers exactly as what
 * does not exist (404), so a county office cannot learn what another county's runs hold. Whatever
 * evaluates a whole run (a scenario, a reproduction) needs every county of it in scope.
 */
@Component
public class ScopedRuns {

    private final RunStore runs;
    private final StoredCounties counties;
    private final CountyPartStore store;

    public ScopedRuns(RunStore runs, StoredCounties counties, CountyPartStore store) {
        this.runs = runs;
        this.counties = counties;
        this.store = store;
    }

    /** The runs the user sees, oldest first: whole, or cut when they hold counties out of scope too. */
    public List<RunView> visible(CountyScope scope) {
        List<RunRecord> all = runs.headers();
        if (scope.province()) {
            return all.stream().map(RunView::of).toList();
        }
        Map<String, Set<String>> held = store.countiesByRun();
        return all.stream().filter(run -> scope.coversAny(held.getOrDefault(run.id(), Set.of())))
                .map(run -> scope.coversAll(held.get(run.id())) ? RunView.of(run) : RunView.cut(run)).toList();
    }

    /** The run, when it exists and holds a county in scope; else 404. */
    public RunRecord header(String runId, CountyScope scope) {
        RunRecord run = runs.header(runId).orElseThrow(() -> StoredReports.notFound(runId));
        if (!scope.province() && inScope(runId, scope).isEmpty()) {
            throw StoredReports.notFound(runId);
        }
        return run;
    }

    /** The run's counties that are in scope, in order. */
    public List<CountyPart> inScope(String runId, CountyScope scope) {
        return counties.counties(runId).stream().filter(county -> scope.covers(county.countyCode())).toList();
    }

    /** Whether every county of the run is in scope (the stored report can be served as it is). */
    public boolean wholly(String runId, CountyScope scope) {
        return scope.province() || counties.counties(runId).stream().allMatch(c -> scope.covers(c.countyCode()));
    }

    /** The run, when every county of it is in scope; 403 when some are not, 404 when none are. */
    public RunRecord whole(String runId, CountyScope scope) {
        RunRecord run = header(runId, scope);
        if (!wholly(runId, scope)) {
            throw new OutsideScopeException("run " + runId + " also holds counties outside your scope, and this "
                    + "evaluates or compares the whole run");
        }
        return run;
    }

    /** The county of the run that holds the entity, when it is in scope; else 404, as for an unknown entity. */
    public CountyPart entity(String runId, Level level, String id, CountyScope scope) {
        header(runId, scope);
        return countyOf(runId, level, id, scope).orElseThrow(() -> RunController.noEntity(
                level.name().toLowerCase(Locale.ROOT), id));
    }

    /** The county of the run that holds the entity, when there is one and it is in scope. */
    public Optional<CountyPart> countyOf(String runId, Level level, String id, CountyScope scope) {
        OptionalInt position = counties.positionOf(runId, level, id);
        return position.isEmpty() ? Optional.empty() : Optional.of(counties.counties(runId)
                .get(position.getAsInt())).filter(county -> scope.covers(county.countyCode()));
    }
}
