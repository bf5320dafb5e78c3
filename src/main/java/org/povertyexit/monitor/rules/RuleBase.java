package org.povertyexit.monitor.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * A compiled ruleset: built once, then a fresh session per county. Keeps the rule files' text (an
 * audit record stores it so an old run reproduces after {@code rules/} changes) and their hash.
 */
public final class RuleBase {

    private final KieBase kieBase;
    private final Map<String, String> files;
    private final String version;
    private final List<RuleInfo> rules;
    private final Map<String, Criterion> criteria;

    RuleBase(KieBase kieBase, Map<String, String> files, String version, List<RuleInfo> rules,
             Map<String, Criterion> criteria) {
        this.kieBase = kieBase;
        this.files = Map.copyOf(files);
        this.version = version;
        this.rules = List.copyOf(rules);
        this.criteria = Map.copyOf(criteria);
    }

    /** The criteria the rules decide, by code. */
    public Map<String, Criterion> criteria() {
        return criteria;
    }

    public KieSession newSession() {
        return kieBase.newKieSession();
    }

    /** Rule file text by path relative to the rules folder. */
    public Map<String, String> files() {
        return files;
    }

    /** SHA-256 over the sorted file paths and their text: the report's {@code rulesetVersion}. */
    public String version() {
        return version;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public Optional<RuleInfo> rule(String name) {
        return rules.stream().filter(rule -> rule.name().equals(name)).findFirst();
    }

    /** The rule that carries the criterion's metadata and lends it its name. */
    public Optional<RuleInfo> ruleForCriterion(String criterion) {
        return Optional.ofNullable(criteria.get(criterion)).flatMap(c -> rule(c.rule()));
    }
}
