package org.povertyexit.monitor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The text of a rules folder (DRL files, parameter files, rule tests) by relative path. It comes
 * from a folder on disk, so an analyst can edit it without recompiling, or, when none is given or
 * found, from the copy embedded in the jar at build time (the "embedded defaults").
 */
public record RuleSource(String origin, Map<String, String> files) {

    /** System property that names the rules folder when {@code --rules} is not given. */
    public static final String PROPERTY = "exit-monitor.rules";
    /** Environment variable with the same meaning, below the property. */
    public static final String ENVIRONMENT = "EXIT_MONITOR_RULES";

    private static final String EMBEDDED = "embedded-rules/";

    /** {@code --rules} first, then the property, the environment, a {@code rules/} folder here, the jar's copy. */
    public static RuleSource resolve(Path option) throws IOException {
        if (option != null) {
            return folder(option);
        }
        String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (configured != null && !configured.isBlank()) {
            return folder(Path.of(configured));
        }
        if (Files.isDirectory(Path.of("rules"))) {
            return folder(Path.of("rules"));
        }
        return embedded();
    }

    public static RuleSource folder(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("rules folder not found: " + directory);
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = directory.relativize(path).toString().replace('\\', '/');
                if (relative.endsWith(".drl") || relative.endsWith(".yaml")) {
                    files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        }
        return new RuleSource(directory.toString(), files);
    }

    public static RuleSource embedded() throws IOException {
        Map<String, String> files = new TreeMap<>();
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + EMBEDDED + "**/*");
        for (Resource resource : resources) {
            String url = resource.getURL().toString();
            int at = url.lastIndexOf(EMBEDDED);
            String relative = url.substring(at + EMBEDDED.length());
            if (resource.isReadable() && (relative.endsWith(".drl") || relative.endsWith(".yaml"))) {
                try (InputStream in = resource.getInputStream()) {
                    files.put(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        if (files.isEmpty()) {
            throw new IOException("no rules folder given or found, and no rules embedded in the program");
        }
        return new RuleSource("embedded defaults", files);
    }

    /** The files under a subfolder, keyed by path relative to it ({@code parameters/}, {@code tests/}). */
    public Map<String, String> under(String folder) {
        Map<String, String> selected = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith(folder + "/")) {
                selected.put(path.substring(folder.length() + 1), text);
            }
        });
        return selected;
    }

    /** The DRL files, anywhere in the folder. */
    public Map<String, String> drlFiles() {
        Map<String, String> selected = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.endsWith(".drl")) {
                selected.put(path, text);
            }
        });
        return selected;
    }
}
