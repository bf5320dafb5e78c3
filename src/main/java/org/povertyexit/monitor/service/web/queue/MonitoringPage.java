package org.povertyexit.monitor.service.web.queue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.service.monitoring.MonitoringQueue;
import org.povertyexit.monitor.service.monitoring.MonitoringRow;
import org.povertyexit.monitor.service.run.CountyPlaces;
import org.povertyexit.monitor.service.run.FilterValues;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.service.web.Htmx;
import org.povertyexit.monitor.service.web.PageLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monitoring queue (返贫预警): the households under each monitoring flag of the run, a group per flag,
 * filtered by county and village as the API filters them, each group paged on the server.
 */
@Controller
class MonitoringPage {

    private static final int PAGE_SIZE = 50;

    private final ScopedRuns scoped;
    private final FilterValues filters;
    private final MonitoringQueue queue;

    MonitoringPage(ScopedRuns scoped, FilterValues filters, MonitoringQueue queue) {
        this.scoped = scoped;
        this.filters = filters;
        this.queue = queue;
    }

    @GetMapping("/runs/{id}/monitoring")
    String monitoring(@PathVariable String id, @RequestParam(required = false) String county,
                      @RequestParam(required = false) String village, @RequestParam Map<String, String> parameters,
                      Principal user, Model model, HttpServletRequest request, HttpServletResponse response) {
        CountyScope scope = CountyScope.of(user);
        RunRecord run = scoped.header(id, scope);
        filters.county(id, county, scope);
        filters.entity(id, village, scope, Level.VILLAGE);
        List<String> flags = filters.flags(run);
        Map<String, Integer> pages = new HashMap<>();
        flags.forEach(flag -> pages.put(flag, PageLinks.pageNumber(parameters.get(FlagGroup.pageParameter(flag)))));
        List<CountyPlaces> counties = queue.places(id, scope);
        List<MonitoringRow> rows = queue.rows(id, new MonitoringQueue.Filter(county, village, null, scope), false);
        model.addAttribute("run", run);
        model.addAttribute("counties", counties);
        model.addAttribute("villages", CountyPlaces.villagesOf(counties, county));
        model.addAttribute("filter", new MonitoringFilter(id, PageLinks.chosen(county), PageLinks.chosen(village),
                (String) model.getAttribute("lang")));
        model.addAttribute("groups", FlagGroup.of(flags, rows, pages, PAGE_SIZE));
        model.addAttribute("households", rows.stream().map(MonitoringRow::householdId).distinct().count());
        model.addAttribute("links", PageLinks.of(model));
        return Htmx.view(request, response, model, "queue/monitoring", "results");
    }
}
