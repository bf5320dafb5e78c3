package org.povertyexit.monitor.service.web.run;

import java.security.Principal;
import java.util.List;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.KeptRecently;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.run.StoredCounties;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A run's dashboard: a card per county in the user's scope, the counts, three charts and the provenance
 * panel. Runs never change once stored, so what the dashboard made of one is kept for the next reader.
 */
@Controller
class DashboardPage {

    private static final int KEPT = 32;

    private final ScopedRuns scoped;
    private final StoredCounties results;
    private final CountyCards cards;
    private final KeptRecently<String, RunDashboard> made = new KeptRecently<>(KEPT);

    DashboardPage(ScopedRuns scoped, StoredCounties results, CountyCards cards) {
        this.scoped = scoped;
        this.results = results;
        this.cards = cards;
    }

    @GetMapping("/runs/{id}")
    String dashboard(@PathVariable String id, Principal user, Model model) {
        CountyScope scope = CountyScope.of(user);
        RunRecord run = scoped.header(id, scope);
        List<CountyPart> counties = scoped.inScope(id, scope);
        model.addAttribute("run", run);
        model.addAttribute("whole", scoped.wholly(id, scope));
        model.addAttribute("dashboard", dashboard(run, counties));
        return "runs/dashboard";
    }

    /** What the dashboard made of the run for these counties (a user's scope), made once. */
    private RunDashboard dashboard(RunRecord run, List<CountyPart> counties) {
        return made.get(run.id() + counties.stream().map(CountyPart::countyCode).toList(), KeptRecently.Making.of(
                key -> RunDashboard.of(run, counties, results, cards)));
    }
}
