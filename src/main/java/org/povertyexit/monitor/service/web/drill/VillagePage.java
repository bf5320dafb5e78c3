package org.povertyexit.monitor.service.web.drill;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.report.VillageResult;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.service.explain.Explainer;
import org.povertyexit.monitor.service.explain.Explanation;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.KeptRecently;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.run.StoredCounties;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.service.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A village of a run: its status and incidence from the report; its criteria passed and failed with
 * what was measured against which threshold, from the explanation (a replay of the village alone, for
 * the passed criteria's evidence, which the report does not keep; kept, as runs never change); its
 * households in a table sorted, filtered and paged here. The table's own requests read the report only.
 */
@Controller
class VillagePage {

    private static final int PAGE_SIZE = 25;
    private static final int KEPT = 64;

    private final ScopedRuns scoped;
    private final StoredCounties results;
    private final Explainer explainer;
    private final KeptRecently<String, List<Explanation.Criterion>> explained = new KeptRecently<>(KEPT);

    VillagePage(ScopedRuns scoped, StoredCounties results, Explainer explainer) {
        this.scoped = scoped;
        this.results = results;
        this.explainer = explainer;
    }

    @GetMapping("/runs/{id}/villages/{code}")
    String village(@PathVariable String id, @PathVariable String code, @RequestParam(required = false) String status,
                   @RequestParam(required = false) String criterion, @RequestParam(required = false) String q,
                   @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                   @RequestParam(required = false) Integer page, Principal user, Model model,
                   HttpServletRequest request, HttpServletResponse response) throws RuleCompilationException {
        CountyScope scope = CountyScope.of(user);
        RunRecord run = scoped.header(id, scope);
        CountyPart part = scoped.entity(id, Level.VILLAGE, code, scope);
        CountyReport report = results.results(id, part.position());
        VillageResult village = report.villages().stream().filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow();
        List<HouseholdResult> households = HouseholdRows.of(report, code);
        TableQuery query = TableQuery.of(TableQuery.path("/runs/{id}/villages/{code}", id, code), status,
                criterion, q, sort, dir, page, HouseholdRows.SORTS);
        boolean tableOnly = Htmx.swapped(request, response);
        model.addAttribute("run", run);
        model.addAttribute("query", query);
        model.addAttribute("households", HouseholdRows.page(households, query, PAGE_SIZE));
        model.addAttribute("tableOnly", tableOnly);
        if (tableOnly) {
            return "drill/village :: households";
        }
        Map<ExitStatus, Integer> counts = new EnumMap<>(ExitStatus.class);
        households.forEach(h -> counts.merge(h.status(), 1, Integer::sum));
        model.addAttribute("trail", Trail.county(run, part.countyCode(), report.county().name())
                .village(code, village.name()));
        model.addAttribute("village", village);
        model.addAttribute("counts", counts);
        model.addAttribute("householdCriteria", HouseholdRows.criteria(households));
        // the V- criteria apply to poverty villages only: another village has none to explain; the page
        // names the criteria itself, so what is kept serves either language
        List<Explanation.Criterion> criteria = village.status() == ExitStatus.NOT_APPLICABLE ? List.of()
                : explained.get(id + "/" + code, key -> explainer.explain(id, Level.VILLAGE.name(), code,
                        Labels.of(Language.ZH)).criteria());
        model.addAttribute("criteria", criteria);
        model.addAttribute("incidence", Figure.of(criteria, "V-INCIDENCE"));
        model.addAttribute("collectiveIncome", Figure.of(criteria, "V-COLLECTIVE-INCOME"));
        return "drill/village";
    }
}
