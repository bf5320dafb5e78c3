package org.povertyexit.monitor.service.web.drill;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.SortedSet;
import java.util.TreeSet;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.run.StoredCounties;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.service.web.Htmx;
import org.povertyexit.monitor.service.web.run.CountyCards;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A county of a run: its status, its 三率一度 against their thresholds (as its dashboard card shows
 * them), its failed criteria and flags, and its villages in a table sorted, filtered and paged here.
 * Out of scope answers as a county that does not exist (404). The county's card is the dashboard's
 * (made once per run and county); the table's own requests never need it.
 */
@Controller
class CountyPage {

    private static final int PAGE_SIZE = 20;

    private final ScopedRuns scoped;
    private final StoredCounties results;
    private final CountyCards cards;

    CountyPage(ScopedRuns scoped, StoredCounties results, CountyCards cards) {
        this.scoped = scoped;
        this.results = results;
        this.cards = cards;
    }

    @GetMapping("/runs/{id}/counties/{code}")
    String county(@PathVariable String id, @PathVariable String code, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String criterion, @RequestParam(required = false) String q,
                  @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                  @RequestParam(required = false) Integer page, Principal user, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        CountyScope scope = CountyScope.of(user);
        RunRecord run = scoped.header(id, scope);
        CountyPart part = scoped.entity(id, Level.COUNTY, code, scope);
        CountyReport report = results.results(id, part.position());
        TableQuery query = TableQuery.of(TableQuery.path("/runs/{id}/counties/{code}", id, code), status,
                criterion, q, sort, dir, page, VillageRow.SORTS);
        boolean tableOnly = Htmx.swapped(request, response);
        model.addAttribute("run", run);
        model.addAttribute("query", query);
        model.addAttribute("villages", VillageRow.page(report, query, PAGE_SIZE));
        model.addAttribute("tableOnly", tableOnly);
        if (tableOnly) {
            return "drill/county :: villages";
        }
        SortedSet<String> failedByVillages = new TreeSet<>();
        report.villages().forEach(v -> failedByVillages.addAll(v.failed()));
        model.addAttribute("trail", Trail.county(run, code, report.county().name()));
        model.addAttribute("county", report.county());
        model.addAttribute("card", cards.of(run, part));
        model.addAttribute("villageCriteria", failedByVillages);
        return "drill/county";
    }
}
