package org.povertyexit.monitor.service.web.remediation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.service.remediation.RemediationList;
import org.povertyexit.monitor.service.remediation.RemediationRow;
import org.povertyexit.monitor.service.run.CountyPlaces;
import org.povertyexit.monitor.service.run.FilterValues;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.service.web.Htmx;
import org.povertyexit.monitor.service.web.PageLinks;
import org.povertyexit.monitor.service.web.RowPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The remediation list (整改清单): what each department must fix (items and gaps, a chart), then the items
 * in a table paged on the server, filtered as the API filters them, with the API's exports of the same
 * filter. The summary leaves the department filter out, so that it shows where the others stand.
 */
@Controller
class RemediationPage {

    private static final int PAGE_SIZE = 50;

    private final ScopedRuns scoped;
    private final FilterValues filters;
    private final RemediationList list;

    RemediationPage(ScopedRuns scoped, FilterValues filters, RemediationList list) {
        this.scoped = scoped;
        this.filters = filters;
        this.list = list;
    }

    @GetMapping("/runs/{id}/remediation")
    String remediation(@PathVariable String id, @RequestParam(required = false) String county,
                       @RequestParam(required = false) String village,
                       @RequestParam(required = false) String criterion,
                       @RequestParam(required = false) String department,
                       @RequestParam(required = false) String page, Principal user, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        CountyScope scope = CountyScope.of(user);
        RunRecord run = scoped.header(id, scope);
        filters.department(department);
        filters.county(id, county, scope);
        filters.entity(id, village, scope, Level.VILLAGE);
        filters.criterion(run, criterion);
        int number = PageLinks.pageNumber(page);
        List<CountyPlaces> counties = list.places(id, scope);
        List<RemediationRow> everyDepartment = list.rows(id, new RemediationList.Filter(null, county, village,
                criterion, scope), false);
        List<RemediationRow> rows = PageLinks.chosen(department) == null ? everyDepartment : list.rows(id,
                new RemediationList.Filter(department, county, village, criterion, scope), false);
        List<DepartmentTally> tallies = DepartmentTally.of(everyDepartment);
        model.addAttribute("run", run);
        model.addAttribute("counties", counties);
        model.addAttribute("villages", CountyPlaces.villagesOf(counties, county));
        model.addAttribute("criteria", filters.criteria(run));
        model.addAttribute("departments", Department.values());
        model.addAttribute("filter", new RemediationFilter(id, PageLinks.chosen(county), PageLinks.chosen(village),
                PageLinks.chosen(criterion), PageLinks.chosen(department), (String) model.getAttribute("lang")));
        model.addAttribute("tallies", tallies);
        model.addAttribute("chart", DepartmentTally.chart(tallies, (Labels) model.getAttribute("labels")));
        model.addAttribute("items", RowPage.of(rows, number, PAGE_SIZE));
        model.addAttribute("links", PageLinks.of(model));
        return Htmx.view(request, response, model, "remediation/remediation", "results");
    }
}
