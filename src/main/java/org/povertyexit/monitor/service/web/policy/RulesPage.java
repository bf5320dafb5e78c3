package org.povertyexit.monitor.service.web.policy;

import java.security.Principal;
import java.util.List;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The rules of a rule set (in force, or a run's with {@code ?run=ID}): every rule with its metadata by
 * file, and each file's page with its DRL text, every rule at an anchor of its own so that it can be linked.
 */
@Controller
class RulesPage {

    private final RuleSetChoice choice;

    RulesPage(RuleSetChoice choice) {
        this.choice = choice;
    }

    @GetMapping("/rules")
    String rules(@RequestParam(required = false) String run, Principal user, Model model) {
        RuleSetChoice.Chosen chosen = choice.of(run, CountyScope.of(user));
        model.addAttribute("run", chosen.run());
        model.addAttribute("ruleSet", chosen.text());
        model.addAttribute("files", RuleFile.of(chosen.text()));
        return "policy/rules";
    }

    /** A file's page; {@code file} is its path in the rules folder (a folder's files have a slash in it). */
    @GetMapping("/rules/{*file}")
    String file(@PathVariable String file, @RequestParam(required = false) String run, Principal user,
                Model model) {
        String path = file.startsWith("/") ? file.substring(1) : file;
        if (path.isEmpty()) {
            return "redirect:" + RuleLinks.rules(run == null || run.isBlank() ? null : run);
        }
        RuleSetChoice.Chosen chosen = choice.of(run, CountyScope.of(user));
        List<RuleFile> files = RuleFile.of(chosen.text());
        RuleFile shown = files.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no rule file " + path));
        model.addAttribute("run", chosen.run());
        model.addAttribute("ruleSet", chosen.text());
        model.addAttribute("files", files);
        model.addAttribute("file", shown);
        model.addAttribute("rulesHref", RuleLinks.rules(chosen.text().runId()));
        return "policy/rule-file";
    }
}
