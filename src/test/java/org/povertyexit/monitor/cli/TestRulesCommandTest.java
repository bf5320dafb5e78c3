package org.povertyexit.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code test-rules}: passes on the shipped rules, fails (exit 1) when a case does not hold. */
class TestRulesCommandTest {

    @TempDir
    Path folder;

    @Test
    void theShippedRuleTestsAllPass() {
        CommandRun run = CommandRun.of("test-rules", "--rules", "rules");

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).doesNotContain("FAIL ").containsPattern("\\n\\d{2,} passed, 0 failed");
        assertThat(run.out()).contains("PASS rules/tests/household-income.yaml: income exactly on the line fails");
    }

    @Test
    void aFailingCaseExitsWithOneAndSaysWhy() throws IOException {
        // projected-poor.drl alone: no criterion fires, so every household stays EXIT_READY
        Path rules = Files.createDirectories(folder.resolve("rules/tests"));
        Files.copy(Path.of("rules/projected-poor.drl"), folder.resolve("rules/projected-poor.drl"));
        Files.copy(Path.of("rules/tests/defaults.yaml"), rules.resolve("defaults.yaml"));
        Files.writeString(rules.resolve("wrong.yaml"), """
                cases:
                  - name: expects a failure that no rule reports
                    households: [{id: H1, housingGrade: D}]
                    expect:
                      households: {H1: {status: NOT_READY}}
                  - name: expects what happens
                    expect:
                      households: {H1: {status: EXIT_READY}}
                """);

        CommandRun run = CommandRun.of("test-rules", "--rules", folder.resolve("rules").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).contains("FAIL rules/tests/wrong.yaml: expects a failure that no rule reports")
                .contains("H1.status: expected \"NOT_READY\", got \"EXIT_READY\"")
                .contains("PASS rules/tests/wrong.yaml: expects what happens")
                .contains("1 passed, 1 failed");
    }

    @Test
    void noCasesAtAllIsAFailure() throws IOException {
        Path rules = Files.createDirectories(folder.resolve("rules/tests"));
        Files.copy(Path.of("rules/projected-poor.drl"), folder.resolve("rules/projected-poor.drl"));
        Files.copy(Path.of("rules/tests/defaults.yaml"), rules.resolve("defaults.yaml"));

        CommandRun run = CommandRun.of("test-rules", "--rules", folder.resolve("rules").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).contains("0 passed, 0 failed");
    }
}
