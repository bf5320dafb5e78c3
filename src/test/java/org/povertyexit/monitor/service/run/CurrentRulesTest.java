package org.povertyexit.monitor.service.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.service.RulesFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The service does not start on rules it cannot use, and says where they fail. */
class CurrentRulesTest {

    @Test
    void rulesThatDoNotCompileStopTheStartWithTheirFileAndLine(@TempDir Path folder) throws IOException {
        copyRules(folder);
        Path drl = folder.resolve("household-criteria.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("(?m)^rule ", "rule broken("));

        assertThatThrownBy(() -> new CurrentRules(folder.toString()).compileAtStart())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.problems()).anyMatch(problem -> problem.contains("household-criteria.drl:"));
                    FailureAnalysis analysis = new RulesFailureAnalyzer().analyze(new IllegalStateException(e));
                    assertThat(analysis.getDescription()).startsWith("The rules in force cannot be used")
                            .contains("household-criteria.drl:");
                });
    }

    @Test
    void aNamedFolderThatIsNotThereStopsTheStart() {
        assertThatThrownBy(() -> new CurrentRules("/no/such/rules").compileAtStart())
                .isInstanceOf(RuleCompilationException.class).hasMessageContaining("/no/such/rules");
    }

    @Test
    void rulesThatCompileAreInForce(@TempDir Path folder) throws Exception {
        copyRules(folder);
        CurrentRules rules = new CurrentRules(folder.toString());
        rules.compileAtStart();
        assertThat(rules.assessment().source().origin()).isEqualTo(folder.toString());
    }

    private static void copyRules(Path target) throws IOException {
        Path source = Path.of("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }
}
