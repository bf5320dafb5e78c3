package org.povertyexit.monitor.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.Hashes;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.rules.RuleSource;

/**
 * The rule files travel with the job as text; each executor JVM compiles them once, when its first county
 * needs them (or loads them from the compiled-rule cache), and keeps the result. A compiled rule base cannot
 * be serialised (Drools 8 and later), so it is never broadcast.
 */
final class ShippedRules implements Serializable {

    private static final long serialVersionUID = 1L;
    /** One assessment per JVM and rule set, keyed by the hash of the files. */
    private static final Map<String, ExitAssessment> COMPILED = new ConcurrentHashMap<>();

    private final String origin;
    private final TreeMap<String, String> files;
    private final String key;

    private ShippedRules(String origin, Map<String, String> files) {
        this.origin = origin;
        this.files = new TreeMap<>(files);
        StringBuilder all = new StringBuilder();
        this.files.forEach((path, text) -> all.append(path).append('\u0000').append(Hashes.sha256(text)).append('\n'));
        this.key = Hashes.sha256(all.toString());
    }

    /** {@code --rules DIR}, else as the command line resolves them (rules/ or the copy in the jar). */
    static ShippedRules resolve(Path option) throws IOException {
        RuleSource source = RuleSource.resolve(option);
        return new ShippedRules(source.origin(), source.files());
    }

    /** Path → text of every file, as written beside the run's output for the import. */
    Map<String, String> files() {
        return files;
    }

    /** The assessment of these rules in this JVM: compiled (or loaded from the cache) the first time only. */
    ExitAssessment assessment() {
        return COMPILED.computeIfAbsent(key, k -> {
            try {
                return new ExitAssessment(new RuleSource(origin, files));
            } catch (RuleCompilationException e) {
                throw new IllegalStateException("the shipped rules do not compile: " + e.getMessage(), e);
            }
        });
    }
}
