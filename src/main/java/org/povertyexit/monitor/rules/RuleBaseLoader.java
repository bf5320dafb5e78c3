package org.povertyexit.monitor.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.povertyexit.monitor.Hashes;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.remediation.Department;

/**
 * Compiles the DRL files of a rules folder at run time, so a policy analyst changes a rule without
 * recompiling the program. Errors are listed as {@code file:line: message}, all of them.
 */
public final class RuleBaseLoader {

    /** Metadata every rule of a criterion carries: what it is a check of, and whether it blocks exit. */
    private static final List<String> CHECK_METADATA = List.of("criterion", "severity");

    /** Metadata the criterion's first rule carries for the whole criterion: the report and the audit trail read it. */
    private static final List<String> CRITERION_METADATA = List.of("department", "source", "action_zh", "action_en");

    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong LOADED = new AtomicLong();

    private RuleBaseLoader() {
    }

    public static RuleBase load(RuleSource source) throws RuleCompilationException {
        Map<String, String> files = source.drlFiles();
        if (files.isEmpty()) {
            throw new RuleCompilationException(List.of(source.origin() + ": no .drl files"));
        }
        return compile(files);
    }

    /** Compiles rule files given by relative path and text (also how a stored run is reproduced). */
    public static RuleBase compile(Map<String, String> files) throws RuleCompilationException {
        KieServices services = KieServices.Factory.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        // a release id of its own: rule sets loaded side by side (a reproduced run) never replace each other
        ReleaseId releaseId = services.newReleaseId("org.povertyexit.rules", "ruleset",
                "1." + LOADED.incrementAndGet());
        fileSystem.generateAndWritePomXML(releaseId);
        files.forEach((path, text) -> fileSystem.write(RESOURCES + path, text.getBytes(StandardCharsets.UTF_8)));
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        List<String> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "rules" : "rules/" + message.getPath().replace(RESOURCES, "");
            problems.add(path + ":" + Math.max(message.getLine(), 0) + ": " + message.getText().strip()
                    .replace("\n", " "));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        KieContainer container = services.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        services.getRepository().removeKieModule(releaseId);
        List<RuleInfo> rules = catalog(kieBase, files, problems);
        Map<String, Criterion> criteria = criteria(kieBase, files, problems);
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return new RuleBase(kieBase, files, version(files), rules, criteria);
    }

    private static List<RuleInfo> catalog(KieBase kieBase, Map<String, String> files, List<String> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String file = rule instanceof RuleImpl impl && impl.getResource() != null
                        ? impl.getResource().getSourcePath() : null;
                Map<String, Object> metadata = rule.getMetaData();
                rules.add(new RuleInfo(rule.getName(), file, text(metadata, "criterion"), text(metadata, "severity"),
                        text(metadata, "department"), text(metadata, "source")));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::name));
        return rules;
    }

    /**
     * Every criterion by code, from the rule that carries its metadata. Each rule of a criterion needs
     * {@code @criterion} and {@code @severity}; the first that carries any of the criterion's other
     * metadata must carry all of it, and exactly one rule of each criterion does.
     */
    private static Map<String, Criterion> criteria(KieBase kieBase, Map<String, String> files, List<String> problems) {
        Map<String, Criterion> criteria = new TreeMap<>();
        Map<String, String> firstRule = new TreeMap<>();
        List<Rule> all = new ArrayList<>();
        kieBase.getKiePackages().forEach(kiePackage -> all.addAll(kiePackage.getRules()));
        all.sort(Comparator.comparingInt(rule -> rule instanceof RuleImpl impl ? impl.getLoadOrder() : 0));
        for (Rule rule : all) {
            Map<String, Object> metadata = rule.getMetaData();
            if (!metadata.containsKey("criterion")) {
                continue;
            }
            String file = rule instanceof RuleImpl impl && impl.getResource() != null
                    ? impl.getResource().getSourcePath() : null;
            String where = "rules/" + file + ":" + lineOf(files.get(file), rule.getName()) + ": rule \""
                    + rule.getName() + "\"";
            String code = metadata.get("criterion").toString();
            firstRule.putIfAbsent(code, where);
            List<String> lacking = new ArrayList<>();
            CHECK_METADATA.stream().filter(key -> !metadata.containsKey(key)).forEach(lacking::add);
            boolean describes = CRITERION_METADATA.stream().anyMatch(metadata::containsKey);
            if (describes) {
                CRITERION_METADATA.stream().filter(key -> !metadata.containsKey(key)).forEach(lacking::add);
            }
            lacking.forEach(key -> problems.add(where + " lacks @" + key + "(...)"));
            if (!describes || !lacking.isEmpty()) {
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
                        text(metadata, "action_zh"), text(metadata, "action_en"), rule.getName(), file));
            } catch (IllegalArgumentException e) {
                problems.add(where + " names an unknown severity or department: " + e.getMessage());
            }
        }
        firstRule.forEach((code, where) -> {
            if (!criteria.containsKey(code) && problems.stream().noneMatch(p -> p.contains("lacks @"))) {
                problems.add(where + " is the first rule of " + code + ", yet no rule of it carries its "
                        + "@department, @source, @action_zh and @action_en");
            }
        });
        return criteria;
    }

    /** The line of a rule's declaration: the compiled rule does not keep it, the problem must name it. */
    private static int lineOf(String drl, String ruleName) {
        int at = drl == null ? -1 : drl.indexOf("rule \"" + ruleName + "\"");
        return at < 0 ? 0 : (int) drl.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String text(Map<String, Object> metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }

    private static String version(Map<String, String> files) {
        StringBuilder all = new StringBuilder();
        files.forEach((path, text) -> all.append(path).append('\n').append(text).append('\u0000'));
        return Hashes.sha256(all.toString());
    }
}
