package org.povertyexit.monitor.service.web.audit;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.service.firing.RunCoverage;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.service.web.Chart;
import org.povertyexit.monitor.service.web.policy.RuleLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A run's rule coverage as the API answers it ({@link RunCoverage}): every rule of the run's rule set with
 * how often it fired in the reader's counties, the rules that never fired singled out, each rule linked to
 * its declaration and to the firings search filtered by it; and a chart of the rules that fired.
 */
@Controller
class CoveragePage {

    /** A rule's row: its coverage, where it is declared, its firings, and its share of the most fired. */
    public record Row(RunCoverage.RuleCoverage rule, String ruleHref, String firingsHref, double share) {
    }

    private final RunCoverage coverage;
    private final ScopedRuns scoped;

    CoveragePage(RunCoverage coverage, ScopedRuns scoped) {
        this.coverage = coverage;
        this.scoped = scoped;
    }

    @GetMapping("/runs/{id}/coverage")
    String coverage(@PathVariable String id, Principal user, Locale locale, Model model) {
        CountyScope scope = CountyScope.of(user);
        Labels labels = Labels.of(Language.of(locale));
        RunRecord run = scoped.header(id, scope);
        RunCoverage.Coverage found = coverage.of(id, scope);
        long most = found.coverage().stream().mapToLong(RunCoverage.RuleCoverage::firings).max().orElse(0);
        List<Row> rows = found.coverage().stream()
                .sorted(Comparator.comparing((RunCoverage.RuleCoverage rule) -> String.valueOf(rule.file()))
                        .thenComparing(RunCoverage.RuleCoverage::name))
                .map(rule -> new Row(rule, RuleLinks.rule(rule.file(), rule.name(), id),
                        FiringsLink.ofRule(id, rule.name()).href(), most == 0 ? 0 : (double) rule.firings() / most))
                .toList();
        List<RunCoverage.RuleCoverage> fired = found.coverage().stream().filter(rule -> rule.firings() > 0)
                .sorted(Comparator.comparingLong(RunCoverage.RuleCoverage::firings).reversed()).toList();
        model.addAttribute("run", run);
        model.addAttribute("coverage", found);
        model.addAttribute("rows", rows);
        model.addAttribute("neverFired", rows.stream().filter(row -> row.rule().neverFired()).toList());
        model.addAttribute("chart", Chart.bar(fired.stream().map(RunCoverage.RuleCoverage::name).toList(),
                labels.text("page.audit.coverage.firings"), fired.stream().map(RunCoverage.RuleCoverage::firings)
                        .toList()));
        model.addAttribute("chartHeight", 60 + 22 * fired.size());
        return "audit/coverage";
    }
}
