package org.povertyexit.monitor.service.web.ledger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.ledger.ItemStatus;
import org.povertyexit.monitor.ledger.Ledger;
import org.povertyexit.monitor.ledger.LedgerEntry;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.service.ledger.LedgerController;
import org.povertyexit.monitor.service.run.FilterValues;
import org.povertyexit.monitor.service.run.RunView;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.service.web.Htmx;
import org.povertyexit.monitor.service.web.PageLinks;
import org.povertyexit.monitor.service.web.RowPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The remediation ledger (整改台账) of a county: its series of runs, the items open, closed (已销号) and gone
 * per department with a chart of how they moved run after run, and the items themselves, filtered and paged
 * here, each linked to its entity in the run that last listed it. Without a county, the counties to choose
 * from. A county out of the user's scope answers as the API answers it (404), by the API's own rule.
 */
@Controller
class LedgerPage {

    private static final int PAGE_SIZE = 20;

    private final LedgerController ledgers;
    private final FilterValues filters;
    private final ScopedRuns scoped;
    private final LedgerCounties counties;
    private final CountyNames names;

    LedgerPage(LedgerController ledgers, FilterValues filters, ScopedRuns scoped, LedgerCounties counties,
               CountyNames names) {
        this.ledgers = ledgers;
        this.filters = filters;
        this.scoped = scoped;
        this.counties = counties;
        this.names = names;
    }

    @GetMapping(LedgerFilter.PAGE)
    String ledger(@RequestParam(required = false) String county, @RequestParam(required = false) String department,
                  @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                  @RequestParam(required = false) String page, Principal user, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        CountyScope scope = CountyScope.of(user);
        if (PageLinks.chosen(county) == null) {
            model.addAttribute("counties", counties.of(scope));
            return "ledger/counties";
        }
        Ledger whole = ledgers.of(county.strip(), scope);
        filters.department(department);
        Department chosenDepartment = PageLinks.chosen(department) == null ? null
                : Department.named(department).orElseThrow();
        ItemStatus chosenStatus = LedgerController.status(status);
        String text = PageLinks.chosen(q) == null ? null : q.strip();
        LedgerFilter filter = new LedgerFilter(whole.county(), chosenDepartment, chosenStatus, text,
                (String) model.getAttribute("lang"));
        List<LedgerEntry> entries = filter.kept(whole.filtered(chosenDepartment, chosenStatus).entries());
        boolean swapped = Htmx.swapped(request, response);
        model.addAttribute("swapped", swapped);
        model.addAttribute("ledger", whole);
        model.addAttribute("filter", filter);
        model.addAttribute("departments", Department.values());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("chart", LedgerChart.of(whole.runs(), chosenDepartment,
                (Labels) model.getAttribute("labels")));
        model.addAttribute("entries", RowPage.of(entries, PageLinks.pageNumber(page), PAGE_SIZE).map(ShownEntry::of));
        model.addAttribute("links", PageLinks.of(model));
        if (swapped) {
            return "ledger/ledger :: results";
        }
        Map<String, RunView> visible = scoped.visible(scope).stream()
                .collect(Collectors.toMap(RunView::id, Function.identity()));
        model.addAttribute("countyName", names.of(whole.latest().runId(), whole.county()));
        model.addAttribute("series", SeriesRun.of(whole.runs(), visible));
        return "ledger/ledger";
    }
}
