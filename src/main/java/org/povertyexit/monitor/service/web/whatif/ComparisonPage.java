package org.povertyexit.monitor.service.web.whatif;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.scenario.ReportTotals;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.run.StoredReports;
import org.povertyexit.monitor.service.run.StoredRun;
import org.povertyexit.monitor.service.scenario.ScenarioRunView;
import org.povertyexit.monitor.service.scenario.ScenarioRuns;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A scenario run against its baseline (counts, flips a page at a time, remediation gaps, what the scenario
 * changed), and several side by side. Both read the stored reports through {@link ScenarioRuns}, as the
 * API's GETs do, with the same whole-run scope check.
 */
@Controller
class ComparisonPage {

    /** More columns than this is no table anyone reads (and each is a whole stored report). */
    static final int MAX_COMPARED = 8;

    private final ScenarioRuns scenarios;
    private final ScopedRuns scoped;
    private final StoredRun stored;
    private final StoredReports reports;

    ComparisonPage(ScenarioRuns scenarios, ScopedRuns scoped, StoredRun stored, StoredReports reports) {
        this.scenarios = scenarios;
        this.scoped = scoped;
        this.stored = stored;
        this.reports = reports;
    }

    @GetMapping("/runs/{id}/scenarios/{scenarioId}")
    String comparison(@PathVariable String id, @PathVariable String scenarioId,
                      @RequestParam(required = false) Level level, @RequestParam(defaultValue = "1") int page,
                      Principal user, Model model) {
        RunRecord run = scoped.whole(id, CountyScope.of(user));
        if (run.isScenario()) {
            return "redirect:/runs/" + run.scenario().baselineId() + "/scenarios/" + scenarioId;
        }
        ScenarioOutcome outcome = ScenarioOutcome.of(scenarios.result(id, scenarioId), level, page);
        RunRecord scenario = stored.header(scenarioId);
        model.addAttribute("run", run);
        model.addAttribute("scenario", ScenarioRunView.of(scenario));
        model.addAttribute("summary", ScenarioSummary.of(scenario.scenario().text(), stored.parameters(run)));
        model.addAttribute("outcome", outcome);
        model.addAttribute("levels", Level.values());
        model.addAttribute("pageLink", UriComponentsBuilder.fromPath("/runs/{id}/scenarios/{s}")
                .queryParamIfPresent("level", Optional.ofNullable(level)).buildAndExpand(id, scenarioId)
                .toUriString());
        return "whatif/comparison";
    }

    @GetMapping("/runs/{id}/scenarios/compare")
    String compare(@PathVariable String id, @RequestParam(required = false) List<String> ids, Principal user,
                   Model model) throws RuleCompilationException, IOException {
        RunRecord run = scoped.whole(id, CountyScope.of(user));
        List<String> chosen = ids == null ? List.of() : ids.stream().map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
        if (run.isScenario()) {
            return "redirect:" + UriComponentsBuilder.fromPath("/runs/{id}/scenarios/compare")
                    .queryParam("ids", String.join(",", chosen)).buildAndExpand(run.scenario().baselineId())
                    .toUriString();
        }
        if (chosen.size() > MAX_COMPARED || chosen.isEmpty() && scenarios.list(id).size() > MAX_COMPARED) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "compare at most " + MAX_COMPARED
                    + " scenario runs at once: choose them");
        }
        ScenarioRuns.Comparison comparison = scenarios.compare(id, chosen);
        model.addAttribute("run", run);
        model.addAttribute("sides", SideBySide.of(comparison, ReportTotals.gapUnits(reports.get(id))));
        return "whatif/compare";
    }
}
