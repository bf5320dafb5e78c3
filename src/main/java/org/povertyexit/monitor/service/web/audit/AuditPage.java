package org.povertyexit.monitor.service.web.audit;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.povertyexit.monitor.service.access.AccessLog;
import org.povertyexit.monitor.service.access.IdNumberAccess;
import org.povertyexit.monitor.service.audit.ChainVerifier;
import org.povertyexit.monitor.service.ruleset.RuleSetActivation;
import org.povertyexit.monitor.service.ruleset.RuleSetLog;
import org.povertyexit.monitor.service.run.RunView;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditors' page: the chain of runs verified (fetched after the page, since a large store takes
 * seconds), who saw which member's whole ID number and why (never the number), the rule sets put in force,
 * and the runs with their firings, coverage and reproduction a click away.
 */
@Controller
class AuditPage {

    /** The access log's newest entries shown; the API answers them all. */
    private static final int ENTRIES_SHOWN = 500;
    private static final int RUNS_LISTED = 20;

    private final ScopedRuns scoped;
    private final AccessLog accessLog;
    private final RuleSetLog ruleSets;
    private final ChainVerifier chain;

    AuditPage(ScopedRuns scoped, AccessLog accessLog, RuleSetLog ruleSets, ChainVerifier chain) {
        this.scoped = scoped;
        this.accessLog = accessLog;
        this.ruleSets = ruleSets;
        this.chain = chain;
    }

    @GetMapping("/audit")
    String audit(Principal user, Model model) {
        CountyScope scope = CountyScope.of(user);
        List<IdNumberAccess> entries = accessLog.entries(scope);
        List<RuleSetActivation> activations = ruleSets.all();
        List<RunView> runs = scoped.visible(scope).stream().sorted(Comparator.comparingLong(RunView::seq).reversed())
                .toList();
        model.addAttribute("accessChain", accessLog.verify());
        model.addAttribute("entries", newestFirst(entries).stream().limit(ENTRIES_SHOWN).toList());
        model.addAttribute("entryCount", entries.size());
        model.addAttribute("ruleSetChain", ruleSets.verify());
        model.addAttribute("activations", newestFirst(activations));
        model.addAttribute("inForce", activations.isEmpty() ? 0 : activations.get(activations.size() - 1).seq());
        model.addAttribute("runs", runs);
        model.addAttribute("listed", runs.stream().limit(RUNS_LISTED).toList());
        return "audit/audit";
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        return reversed;
    }

    /** The chain of runs walked from the first; the run dashboard's panel shows the same. */
    @GetMapping("/audit/chain")
    String chain(Model model) {
        model.addAttribute("verification", chain.verify());
        return "runs/provenance :: chain";
    }

    /** The form that opens a run's firings search: to the search's own address, its filters kept. */
    @GetMapping("/audit/firings")
    String firings(@RequestParam String run, @RequestParam(required = false) String entity) {
        return "redirect:" + FiringsLink.ofEntity(run.strip(), entity).href();
    }
}
