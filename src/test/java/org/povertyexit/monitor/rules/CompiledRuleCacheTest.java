package org.povertyexit.monitor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiled rules are kept by the hash of their files, and an entry that cannot be trusted is not used. */
class CompiledRuleCacheTest {

    private static final String DRL = """
            package org.povertyexit.rules;
            rule "a string is seen"
            when
                String()
            then
            end
            """;

    @TempDir
    Path cache;

    private String before;

    @BeforeEach
    void cacheHere() {
        before = System.getProperty(CompiledRuleCache.PROPERTY);
        System.setProperty(CompiledRuleCache.PROPERTY, cache.toString());
    }

    @AfterEach
    void cacheAsBefore() {
        if (before == null) {
            System.clearProperty(CompiledRuleCache.PROPERTY);
        } else {
            System.setProperty(CompiledRuleCache.PROPERTY, before);
        }
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(file -> file.toString().endsWith(".jar")).toList();
        }
    }

    @Test
    void rulesCompiledOnceAreLoadedFromTheirEntry() throws Exception {
        RuleBase first = RuleBaseLoader.compile(Map.of("a.drl", DRL));
        assertThat(entries()).hasSize(1);
        long written = Files.getLastModifiedTime(entries().get(0)).toMillis();

        RuleBase second = RuleBaseLoader.compile(Map.of("a.drl", DRL));

        assertThat(entries()).hasSize(1);
        assertThat(Files.getLastModifiedTime(entries().get(0)).toMillis()).isEqualTo(written);
        assertThat(second.rules()).isEqualTo(first.rules());
        assertThat(second.newSession().getKieBase().getRule("org.povertyexit.rules", "a string is seen")).isNotNull();
    }

    @Test
    void otherRulesGetAnEntryOfTheirOwn() throws Exception {
        RuleBaseLoader.compile(Map.of("a.drl", DRL));
        RuleBaseLoader.compile(Map.of("a.drl", DRL.replace("a string", "some text")));

        assertThat(entries()).hasSize(2);
    }

    @Test
    void aDamagedEntryIsCompiledAgain() throws Exception {
        RuleBaseLoader.compile(Map.of("a.drl", DRL));
        Path entry = entries().get(0);
        Files.writeString(entry, "not a jar");

        RuleBase again = RuleBaseLoader.compile(Map.of("a.drl", DRL));

        assertThat(again.rules()).extracting(RuleInfo::name).containsExactly("a string is seen");
        assertThat(Files.size(entry)).isGreaterThan(100);
    }

    @Test
    void aFolderOthersMayWriteToIsNotUsed() throws Exception {
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));

        RuleBase compiled = RuleBaseLoader.compile(Map.of("a.drl", DRL));

        assertThat(compiled.rules()).hasSize(1);
        assertThat(entries()).isEmpty();
    }

    @Test
    void noneTurnsTheCacheOff() throws Exception {
        System.setProperty(CompiledRuleCache.PROPERTY, "none");

        RuleBaseLoader.compile(Map.of("a.drl", DRL));

        assertThat(entries()).isEmpty();
    }
}
