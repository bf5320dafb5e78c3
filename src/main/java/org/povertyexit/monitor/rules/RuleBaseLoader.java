package org.povertyexit.monitor.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.povertyexit.monitor.Hashes;

/**
 * Compiles the DRL files of a rules folder at run time, so a policy analyst changes a rule without
 * recompiling the program. The rules are compiled to Drools' executable model and the result kept in
 * {@link CompiledRuleCache}, keyed by the files' hash: the next run with the same rules starts at once.
 * Errors are listed as {@code file:line: message}, all of them.
 */
public final class RuleBaseLoader {

    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILT = new AtomicLong();

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
        String version = version(files);
        KieBase kieBase = cached(version).orElse(null);
        if (kieBase == null) {
            List<String> problems = new ArrayList<>();
            byte[] jar = ExecutableModel.compile(files, problems);
            if (jar == null) {
                // the executable model stops at the first error, unlocated: the classic build lists them all
                List<String> located = locatedProblems(files);
                throw new RuleCompilationException(located.isEmpty() ? problems : located);
            }
            kieBase = ExecutableModel.load(jar);
            CompiledRuleCache.store(version, jar);
        }
        List<String> problems = new ArrayList<>();
        RuleCatalog catalog = RuleCatalog.of(kieBase, files, problems);
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return new RuleBase(kieBase, files, version, catalog.rules(), catalog.criteria());
    }

    private static Optional<KieBase> cached(String version) {
        Optional<byte[]> jar = CompiledRuleCache.find(version);
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ExecutableModel.load(jar.get()));
        } catch (RuntimeException | LinkageError e) {
            CompiledRuleCache.forget(version);
            return Optional.empty();
        }
    }

    /** Every compile error of the files, each with its file and line, from Drools' classic DRL build. */
    private static List<String> locatedProblems(Map<String, String> files) {
        KieBuilder builder = build(files, "checked", false);
        List<String> problems = errors(builder);
        if (problems.isEmpty()) {
            // only the executable model failed: nothing to locate, and the module need not stay registered
            KieServices.Factory.get().getRepository().removeKieModule(builder.getKieModule().getReleaseId());
        }
        return problems;
    }

    /**
     * Builds the rule files as a module of their own (rule sets built side by side never replace each
     * other): to the executable model, or by Drools' classic build.
     */
    static KieBuilder build(Map<String, String> files, String artifact, boolean executableModel) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("org.povertyexit.rules", artifact, "1." + BUILT.incrementAndGet());
        fileSystem.generateAndWritePomXML(releaseId);
        files.forEach((path, text) -> fileSystem.write(RESOURCES + path, text.getBytes(StandardCharsets.UTF_8)));
        KieBuilder builder = services.newKieBuilder(fileSystem);
        return executableModel ? builder.buildAll(ExecutableModelProject.class) : builder.buildAll();
    }

    /** A build's errors as {@code rules/FILE:LINE: message}. */
    static List<String> errors(KieBuilder builder) {
        List<String> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "rules" : "rules/" + message.getPath().replace(RESOURCES, "");
            problems.add(path + ":" + Math.max(message.getLine(), 0) + ": " + message.getText().strip()
                    .replace("\n", " "));
        }
        return problems;
    }

    private static String version(Map<String, String> files) {
        StringBuilder all = new StringBuilder();
        files.forEach((path, text) -> all.append(path).append('\n').append(text).append('\u0000'));
        return Hashes.sha256(all.toString());
    }
}
