package org.povertyexit.monitor.service.web.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.parameter.ParameterTree;
import org.povertyexit.monitor.rules.RuleInfo;
import org.povertyexit.monitor.rules.RuleSource;
import org.povertyexit.monitor.service.run.RuleSnapshotStore.StoredRules;

/**
 * A rule set as the policy pages read it: its rules' catalog, its DRL files cut at their rules, and its
 * parameter tree; the set in force ({@code runId} null) or the one a stored run was evaluated with.
 * Which rules use which parameter is read from the rules' own text, so it cannot drift from them.
 */
public record RuleSetText(String runId, String version, List<RuleInfo> rules, Map<String, DrlText> files,
                          ParameterTree parameters) {

    public static RuleSetText inForce(ExitAssessment assessment) {
        return new RuleSetText(null, assessment.rules().version(), assessment.rules().rules(),
                cut(assessment.source().drlFiles()), assessment.parameterTree());
    }

    /** The rules a run stored: their catalog as compiled then, their files and parameter files as they were. */
    public static RuleSetText ofRun(String runId, String version, StoredRules stored) {
        RuleSource source = new RuleSource("run " + runId, stored.files());
        return new RuleSetText(runId, version, stored.catalog(), cut(source.drlFiles()),
                ParameterTree.load(source.under("parameters")));
    }

    public Optional<RuleInfo> rule(String name) {
        return rules.stream().filter(rule -> rule.name().equals(name)).findFirst();
    }

    /**
     * The parameters each rule names, by rule name: a quoted parameter name in its text, or a quoted prefix
     * ending in a dot that it completes at run time ({@code "county.incidence_max." + $region} names every
     * parameter under {@code county.incidence_max}).
     */
    public Map<String, List<String>> parametersByRule() {
        Map<String, List<String>> named = new TreeMap<>();
        files.values().forEach(file -> file.rules().forEach(piece -> {
            List<String> parameters = new ArrayList<>();
            for (String literal : piece.literals()) {
                parameters.addAll(this.parameters.definitions().keySet().stream()
                        .filter(name -> name.equals(literal) || literal.endsWith(".") && name.startsWith(literal))
                        .filter(name -> !parameters.contains(name)).toList());
            }
            named.put(piece.rule(), parameters.stream().sorted().toList());
        }));
        return named;
    }

    /** The rules that name each parameter, by parameter name, in the catalog's order. */
    public Map<String, List<RuleInfo>> rulesByParameter() {
        Map<String, List<String>> byRule = parametersByRule();
        Map<String, List<RuleInfo>> users = new TreeMap<>();
        parameters.definitions().keySet().forEach(name -> users.put(name, new ArrayList<>()));
        for (RuleInfo rule : rules) {
            byRule.getOrDefault(rule.name(), List.of()).forEach(name -> users.get(name).add(rule));
        }
        return users;
    }

    private static Map<String, DrlText> cut(Map<String, String> drl) {
        Map<String, DrlText> files = new TreeMap<>();
        drl.forEach((path, text) -> files.put(path, DrlText.of(text)));
        return files;
    }
}
