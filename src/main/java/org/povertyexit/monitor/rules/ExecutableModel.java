package org.povertyexit.monitor.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.builder.KieBuilder;

/**
 * The rules compiled to Drools' executable model: Java classes, packed as a jar, from which a rule base
 * is built without parsing or compiling any DRL. Compiling takes seconds; building from the jar a
 * fraction of one, which is why {@link CompiledRuleCache} keeps the jar.
 */
final class ExecutableModel {

    private ExecutableModel() {
    }

    /** The compiled jar, or null when the rules do not compile (the classic build then locates the errors). */
    static byte[] compile(Map<String, String> files, List<String> problems) {
        KieBuilder builder = RuleBaseLoader.build(files, "model", true);
        List<String> errors = RuleBaseLoader.errors(builder);
        if (!errors.isEmpty()) {
            problems.addAll(errors);
            return null;
        }
        return ((InternalKieModule) builder.getKieModule()).getBytes();
    }

    /** Builds the rule base from a compiled jar, its classes loaded beside the program's own. */
    static KieBase load(byte[] jar) {
        JarClasses classes = new JarClasses(jar, ExecutableModel.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        try {
            for (String name : classes.modelNames()) {
                models.add((Model) classes.loadClass(name).getDeclaredConstructor().newInstance());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("compiled rules do not load: " + e, e);
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("compiled rules hold no model");
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** The classes of a compiled jar, held in memory. */
    private static final class JarClasses extends ClassLoader {

        private final Map<String, byte[]> entries = new HashMap<>();

        JarClasses(byte[] jar, ClassLoader parent) {
            super(parent);
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (!entry.isDirectory()) {
                        entries.put(entry.getName(), zip.readAllBytes());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("compiled rules are not a readable jar", e);
            }
        }

        /** The model classes the compiler listed (META-INF/kie/…/drools-model, after its version line). */
        List<String> modelNames() {
            List<String> names = new ArrayList<>();
            entries.forEach((path, bytes) -> {
                if (path.startsWith("META-INF/kie/") && path.endsWith("/drools-model")) {
                    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                        if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
                            names.add(line.strip());
                        }
                    }
                }
            });
            return names;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
