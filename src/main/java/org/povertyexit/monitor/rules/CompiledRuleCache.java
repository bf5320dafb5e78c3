package org.povertyexit.monitor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.drools.model.Model;
import org.povertyexit.monitor.Hashes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Compiled rules kept between runs, so that a command starts in a second instead of compiling the DRL
 * again. An entry is keyed by the rule files' hash and by the program (the classes the rules refer to
 * and the Drools version), so an edited rule or a new build never meets a stale entry. The folder is the
 * user's cache ({@code $XDG_CACHE_HOME/exit-monitor}, else {@code ~/.cache/exit-monitor}), or the system
 * property {@code exit-monitor.cache}; {@code none} turns the cache off. A folder that others may write
 * to, or that another user owns, is not used: an entry is code the program runs.
 */
final class CompiledRuleCache {

    /** System property naming the cache folder, or {@code none}. */
    static final String PROPERTY = "exit-monitor.cache";

    private static final int KEPT = 20;
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");
    private static final List<String> FACT_PACKAGES = List.of("dataset", "evaluation", "parameter", "remediation");
    private static volatile String program;

    private CompiledRuleCache() {
    }

    static Optional<byte[]> find(String rulesVersion) {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path entry = folder.get().resolve(key(rulesVersion) + ".jar");
        try {
            return Files.isRegularFile(entry) ? Optional.of(Files.readAllBytes(entry)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps a compiled jar; a cache that cannot be written is skipped, since it only saves time. */
    static void store(String rulesVersion, byte[] jar) {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return;
        }
        Path entry = folder.get().resolve(key(rulesVersion) + ".jar");
        try {
            Path partial = Files.createTempFile(folder.get(), "entry-", ".partial");
            Files.write(partial, jar);
            try {
                Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            prune(folder.get());
        } catch (IOException e) {
            // the next run compiles again
        }
    }

    /** Forgets an entry that did not load (written by a broken run, say). */
    static void forget(String rulesVersion) {
        folder().ifPresent(folder -> {
            try {
                Files.deleteIfExists(folder.resolve(key(rulesVersion) + ".jar"));
            } catch (IOException e) {
                // it is compiled again and overwritten
            }
        });
    }

    private static Optional<Path> folder() {
        String configured = System.getProperty(PROPERTY);
        Path folder;
        if ("none".equals(configured)) {
            return Optional.empty();
        } else if (configured != null && !configured.isBlank()) {
            folder = Path.of(configured);
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                    : Path.of(System.getProperty("user.home"), ".cache");
            folder = base.resolve("exit-monitor").resolve("rule-bases");
        }
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                Files.setPosixFilePermissions(folder, PRIVATE);
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
            boolean othersWrite = permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE);
            boolean ours = Files.getOwner(folder).getName().equals(System.getProperty("user.name"));
            return othersWrite || !ours ? Optional.empty() : Optional.of(folder);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static void prune(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> jars = entries.filter(p -> p.toString().endsWith(".jar"))
                    .sorted(Comparator.comparing(CompiledRuleCache::modified).reversed()).toList();
            for (Path old : jars.subList(Math.min(KEPT, jars.size()), jars.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String key(String rulesVersion) {
        return Hashes.sha256(rulesVersion + "\n" + program()).substring(0, 32);
    }

    /** The classes rules can refer to, and the Drools that compiled them. */
    private static String program() {
        if (program == null) {
            try {
                MessageDigest digest = Hashes.digest();
                digest.update(String.valueOf(Model.class.getProtectionDomain().getCodeSource()).getBytes());
                PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
                for (String facts : FACT_PACKAGES) {
                    Resource[] classes = resolver.getResources(
                            "classpath*:org/povertyexit/monitor/" + facts + "/*.class");
                    java.util.Arrays.sort(classes, Comparator.comparing(Resource::getDescription));
                    for (Resource type : classes) {
                        try (InputStream in = type.getInputStream()) {
                            digest.update(type.getFilename().getBytes());
                            digest.update(in.readAllBytes());
                        }
                    }
                }
                program = Hashes.hex(digest);
            } catch (Exception e) {
                // without a program identity nothing may be reused
                program = "uncached-" + System.nanoTime();
            }
        }
        return program;
    }
}
