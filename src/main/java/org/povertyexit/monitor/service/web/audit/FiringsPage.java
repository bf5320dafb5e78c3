package org.povertyexit.monitor.service.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.povertyexit.monitor.rules.RuleInfo;
import org.povertyexit.monitor.service.firing.FiringSearch;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.run.StoredRun;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.http.HttpStatus;
import org.povertyexit.monitor.service.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The auditors' search of a run's firings: the API's search ({@link FiringSearch}), paged on the server.
 * The filters and pages are links (shareable, no personal data: entities go by their codes); htmx fetches
 * only the search's part of the page for them and pushes its address, which opened directly is the whole page.
 */
@Controller
class FiringsPage {

    private static final int PAGE_SIZE = 50;

    private final FiringSearch search;
    private final ScopedRuns scoped;
    private final StoredRun stored;

    FiringsPage(FiringSearch search, ScopedRuns scoped, StoredRun stored) {
        this.search = search;
        this.scoped = scoped;
        this.stored = stored;
    }

    @GetMapping("/runs/{id}/firings")
    String firings(@PathVariable String id, @RequestParam(required = false) String rule,
                   @RequestParam(required = false) String criterion, @RequestParam(required = false) String entity,
                   @RequestParam(required = false) String county, @RequestParam(defaultValue = "0") String page,
                   Principal user, Model model, HttpServletRequest request, HttpServletResponse response) {
        CountyScope scope = CountyScope.of(user);
        RunRecord run = scoped.header(id, scope);
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        stored.rules(run).catalog().forEach(info -> rules.put(info.name(), info));
        FiringsLink link = new FiringsLink(id, strip(rule), strip(criterion), strip(entity), strip(county));
        model.addAttribute("run", run);
        model.addAttribute("link", link);
        model.addAttribute("rules", rules.keySet());
        model.addAttribute("criteria", rules.values().stream().map(RuleInfo::criterion).filter(Objects::nonNull)
                .distinct().sorted().toList());
        model.addAttribute("counties", scoped.inScope(id, scope).stream().map(CountyPart::countyCode).toList());
        boolean fragment = Htmx.swapped(request, response);
        try {
            FiringSearch.FiringPage found = search.search(id, new FiringSearch.Query(link.rule(), link.criterion(),
                    link.entity(), link.county(), number(page), PAGE_SIZE), scope);
            model.addAttribute("found", found);
            model.addAttribute("pages", (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
            model.addAttribute("firings", found.firings().stream().map(f -> ShownFiring.of(f, id, rules)).toList());
        } catch (ResponseStatusException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            // a filter the run does not know: said beside the filters; htmx swaps only what answers 2xx
            model.addAttribute("problem", e.getReason());
            response.setStatus(fragment ? HttpStatus.OK.value() : HttpStatus.BAD_REQUEST.value());
        }
        return fragment ? "audit/firings :: search" : "audit/firings";
    }

    /** The page asked for; one that is no number is refused as the search refuses a negative one. */
    private static int number(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be a number from 0");
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
