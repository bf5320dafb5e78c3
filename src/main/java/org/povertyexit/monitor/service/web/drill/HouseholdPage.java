package org.povertyexit.monitor.service.web.drill;

import java.security.Principal;
import java.util.Locale;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.service.explain.Explainer;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.run.StoredCounties;
import org.povertyexit.monitor.service.run.StoredCountyFacts;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A household's file (一户一档): its members masked, every criterion that applies to it passed or failed
 * with the measured value, the threshold and the parameter behind it, its flags, its remediation items
 * and the rule firings behind all of it. The explanation replays this household alone, so the page
 * costs one household whatever the size of the run. Out of scope answers as not found (404).
 */
@Controller
class HouseholdPage {

    private final ScopedRuns scoped;
    private final StoredCounties results;
    private final StoredCountyFacts facts;
    private final Explainer explainer;

    HouseholdPage(ScopedRuns scoped, StoredCounties results, StoredCountyFacts facts, Explainer explainer) {
        this.scoped = scoped;
        this.results = results;
        this.facts = facts;
        this.explainer = explainer;
    }

    @GetMapping("/runs/{id}/households/{hid}")
    String household(@PathVariable String id, @PathVariable String hid, Principal user, Locale locale, Model model)
            throws RuleCompilationException {
        CountyScope scope = CountyScope.of(user);
        RunRecord run = scoped.header(id, scope);
        CountyPart part = scoped.entity(id, Level.HOUSEHOLD, hid, scope);
        CountyReport report = results.results(id, part.position());
        HouseholdResult result = report.households().stream().filter(h -> h.id().equals(hid)).findFirst()
                .orElseThrow();
        model.addAttribute("run", run);
        model.addAttribute("trail", Trail.county(run, part.countyCode(), report.county().name())
                .village(result.villageCode(), result.villageName()).household(hid));
        model.addAttribute("file", HouseholdFile.of(result, facts.household(id, hid, part.position()),
                explainer.explain(id, Level.HOUSEHOLD.name(), hid, Labels.of(Language.of(locale))), report));
        return "drill/household";
    }
}
