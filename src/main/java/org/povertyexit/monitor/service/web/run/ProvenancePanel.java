package org.povertyexit.monitor.service.web.run;

import java.io.IOException;
import java.security.Principal;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.service.audit.ChainVerifier;
import org.povertyexit.monitor.service.run.EvaluationSlots;
import org.povertyexit.monitor.service.run.Reproduction;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The parts of a run's provenance panel that take work, fetched by htmx after the page has shown: the
 * state of the chain of runs, and (auditors) a reproduction of the run from what it stored.
 */
@Controller
class ProvenancePanel {

    private final ScopedRuns scoped;
    private final ChainVerifier chain;
    private final Reproduction reproduction;

    ProvenancePanel(ScopedRuns scoped, ChainVerifier chain, Reproduction reproduction) {
        this.scoped = scoped;
        this.chain = chain;
        this.reproduction = reproduction;
    }

    @GetMapping("/runs/{id}/chain")
    String chain(@PathVariable String id, Principal user, Model model) {
        scoped.header(id, CountyScope.of(user));
        model.addAttribute("verification", chain.verify());
        return "runs/provenance :: chain";
    }

    @PostMapping("/runs/{id}/reproduce")
    String reproduce(@PathVariable String id, Principal user, Model model) throws IOException,
            RuleCompilationException {
        scoped.whole(id, CountyScope.of(user));
        try {
            model.addAttribute("reproduced", reproduction.reproduce(id));
        } catch (EvaluationSlots.Busy e) {
            model.addAttribute("busy", true);
        }
        return "runs/provenance :: reproduced";
    }
}
