package org.povertyexit.monitor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.remediation.Department;

/**
 * What the rules of a compiled rule base are, read from their metadata and placed in their files: every
 * rule ({@link RuleInfo}) and every criterion ({@link Criterion}) with its checks in the order they are
 * stated. A rule is placed by finding its declaration in the DRL text, since a compiled rule need not
 * keep its file or line.
 */
record RuleCatalog(List<RuleInfo> rules, Map<String, Criterion> criteria) {

    /** Metadata every rule of a criterion carries: what it is a check of, and whether it blocks exit. */
    private static final List<String> CHECK_METADATA = List.of("criterion", "severity");

    /** Metadata the criterion's first rule carries for the whole criterion: the report and the audit trail read it. */
    private static final List<String> CRITERION_METADATA = List.of("department", "source", "action_zh", "action_en");

    /** A rule and where it is declared. */
    private record Placed(Rule rule, String file, int offset, int line) {
    }

    /** Reads the catalog, adding to {@code problems} each rule whose metadata is incomplete. */
    static RuleCatalog of(KieBase kieBase, Map<String, String> files, List<String> problems) {
        List<Placed> placed = new ArrayList<>();
        kieBase.getKiePackages().forEach(kiePackage -> kiePackage.getRules()
                .forEach(rule -> placed.add(place(rule, files))));
        placed.sort(Comparator.comparing((Placed p) -> String.valueOf(p.file())).thenComparingInt(Placed::offset));
        List<RuleInfo> rules = new ArrayList<>();
        for (Placed p : placed) {
            Map<String, Object> metadata = p.rule().getMetaData();
            rules.add(new RuleInfo(p.rule().getName(), p.file(), text(metadata, "criterion"),
                    text(metadata, "severity"), text(metadata, "department"), text(metadata, "source"),
                    text(metadata, "evidence")));
        }
        rules.sort(Comparator.comparing(RuleInfo::name));
        return new RuleCatalog(rules, criteria(placed, problems));
    }

    /**
     * Every criterion by code, from the rule that carries its metadata. Each rule of a criterion needs
     * {@code @criterion} and {@code @severity}; a rule that carries any of the criterion's other
     * metadata must carry all of it, and exactly one rule of each criterion does.
     */
    private static Map<String, Criterion> criteria(List<Placed> placed, List<String> problems) {
        Map<String, Criterion> criteria = new TreeMap<>();
        Map<String, List<String>> checks = new TreeMap<>();
        Map<String, String> firstRule = new TreeMap<>();
        boolean lacking = false;
        for (Placed p : placed) {
            Map<String, Object> metadata = p.rule().getMetaData();
            if (!metadata.containsKey("criterion")) {
                continue;
            }
            String where = "rules/" + p.file() + ":" + p.line() + ": rule \"" + p.rule().getName() + "\"";
            String code = metadata.get("criterion").toString();
            firstRule.putIfAbsent(code, where);
            checks.computeIfAbsent(code, c -> new ArrayList<>()).add(p.rule().getName());
            List<String> missing = new ArrayList<>();
            CHECK_METADATA.stream().filter(key -> !metadata.containsKey(key)).forEach(missing::add);
            boolean describes = CRITERION_METADATA.stream().anyMatch(metadata::containsKey);
            if (describes) {
                CRITERION_METADATA.stream().filter(key -> !metadata.containsKey(key)).forEach(missing::add);
            }
            missing.forEach(key -> problems.add(where + " lacks @" + key + "(...)"));
            lacking |= !missing.isEmpty();
            if (!describes || !missing.isEmpty()) {
                continue;
            }
            if (criteria.containsKey(code)) {
                problems.add(where + " describes " + code + " again: its metadata belongs on one rule, \""
                        + criteria.get(code).rule() + "\"");
                continue;
            }
            try {
                criteria.put(code, new Criterion(code, Severity.valueOf(text(metadata, "severity")),
                        Department.valueOf(text(metadata, "department")), text(metadata, "source"),
                        text(metadata, "action_zh"), text(metadata, "action_en"), p.rule().getName(), p.file(),
                        checks.get(code)));
            } catch (IllegalArgumentException e) {
                problems.add(where + " names an unknown severity or department: " + e.getMessage());
            }
        }
        // a criterion's checks are known once every rule is read
        criteria.replaceAll((code, c) -> new Criterion(code, c.severity(), c.department(), c.source(), c.actionZh(),
                c.actionEn(), c.rule(), c.file(), checks.get(code)));
        for (Map.Entry<String, String> first : firstRule.entrySet()) {
            if (!criteria.containsKey(first.getKey()) && !lacking) {
                problems.add(first.getValue() + " is the first rule of " + first.getKey() + ", yet no rule of it "
                        + "carries its @department, @source, @action_zh and @action_en");
            }
        }
        return criteria;
    }

    private static Placed place(Rule rule, Map<String, String> files) {
        String declaration = "rule \"" + rule.getName() + "\"";
        for (Map.Entry<String, String> file : files.entrySet()) {
            int at = file.getValue().indexOf(declaration);
            if (at >= 0) {
                int line = (int) file.getValue().substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                return new Placed(rule, file.getKey(), at, line);
            }
        }
        return new Placed(rule, null, 0, 0);
    }

    private static String text(Map<String, Object> metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
