package org.povertyexit.monitor.service.web.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.povertyexit.monitor.service.run.CountyPartStore;
import org.povertyexit.monitor.service.run.RunView;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.stereotype.Component;

/**
 * The counties whose ledger a user may open: those of their ordinary runs (a scenario run holds its
 * baseline's counties and is no run of a series), within their scope, by code. Made from the run list
 * and each run's county codes, without reading a ledger: opening the list costs no county's series.
 */
@Component
class LedgerCounties {

    /** A county to choose: its name, how many runs hold it, and the one uploaded last. */
    record Choice(String code, String name, int runs, RunView lastUploaded) {
    }

    private final ScopedRuns scoped;
    private final CountyPartStore store;
    private final CountyNames names;

    LedgerCounties(ScopedRuns scoped, CountyPartStore store, CountyNames names) {
        this.scoped = scoped;
        this.store = store;
        this.names = names;
    }

    List<Choice> of(CountyScope scope) {
        Map<String, Set<String>> held = store.countiesByRun();
        Map<String, List<RunView>> byCounty = new TreeMap<>();
        for (RunView run : scoped.visible(scope)) {
            if (run.baselineRunId() != null) {
                continue;
            }
            for (String county : held.getOrDefault(run.id(), Set.of())) {
                if (scope.covers(county)) {
                    byCounty.computeIfAbsent(county, code -> new ArrayList<>()).add(run);
                }
            }
        }
        List<Choice> choices = new ArrayList<>(byCounty.size());
        byCounty.forEach((county, runs) -> {
            RunView last = runs.stream().max(Comparator.comparingLong(RunView::seq)).orElseThrow();
            choices.add(new Choice(county, names.of(last.id(), county), runs.size(), last));
        });
        return choices;
    }
}
