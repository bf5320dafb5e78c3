package org.povertyexit.monitor.service.web.policy;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.parameter.EffectiveParameter;
import org.povertyexit.monitor.parameter.ParameterDefinition;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.rules.RuleInfo;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every parameter of a rule set, as OpenFisca's legislation explorer shows a tax-benefit system's: by
 * tree, each with its meaning, unit, every dated value and its source (verified or not), the values scoped
 * to counties beside the defaults, the values in force today, and the rules that use it; with
 * {@code ?run=ID}, the run's rule set and the values it used.
 */
@Controller
class ParametersPage {

    /** The trees in the order a reader meets them: the criteria by level, then monitoring and the rest. */
    private static final List<String> TREES = List.of("household", "village", "county", "monitoring", "water",
            "compliance");

    /** A tree of parameters. */
    record Group(String tree, List<ParameterEntry> parameters) {
    }

    private final RuleSetChoice choice;

    ParametersPage(RuleSetChoice choice) {
        this.choice = choice;
    }

    @GetMapping("/parameters")
    String parameters(@RequestParam(required = false) String run, Principal user, Model model) {
        RuleSetChoice.Chosen chosen = choice.of(run, CountyScope.of(user));
        RuleSetText text = chosen.text();
        ParameterSet used = chosen.used();
        Map<String, List<RuleInfo>> users = text.rulesByParameter();
        LocalDate today = LocalDate.now();
        Map<String, List<ParameterEntry>> trees = new LinkedHashMap<>();
        TREES.forEach(tree -> trees.put(tree, new ArrayList<>()));
        for (ParameterDefinition definition : text.parameters().definitions().values()) {
            EffectiveParameter usedValue = used == null ? null : used.get(definition.name());
            ParameterEntry entry = ParameterEntry.of(definition, today, users.get(definition.name()), usedValue,
                    used == null ? List.of() : used.scoped(definition.name()), text.runId());
            trees.computeIfAbsent(entry.tree(), tree -> new ArrayList<>()).add(entry);
        }
        List<Group> groups = trees.entrySet().stream().filter(tree -> !tree.getValue().isEmpty())
                .map(tree -> new Group(tree.getKey(), tree.getValue().stream()
                        .sorted(Comparator.comparing(entry -> entry.definition().name())).toList()))
                .toList();
        model.addAttribute("run", chosen.run());
        model.addAttribute("ruleSet", text);
        model.addAttribute("groups", groups);
        model.addAttribute("today", today);
        return "policy/parameters";
    }
}
