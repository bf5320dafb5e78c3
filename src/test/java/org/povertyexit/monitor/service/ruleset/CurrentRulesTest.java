package org.povertyexit.monitor.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.rules.RuleSource;
import org.povertyexit.monitor.service.RulesFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Only rules that compile and pass their test cases are put in force; the service does not start on rules
 * it cannot use and says where they fail, unless a set put in force earlier is there to keep.
 */
class CurrentRulesTest {

    @TempDir
    Path folder;
    private RuleSetLog log;

    @BeforeEach
    void emptyLog() throws IOException {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1"));
        jdbc.execute(Files.readString(Path.of("src/main/resources/db/migration/V7__rule_sets.sql")));
        log = new RuleSetLog(jdbc);
        copyRules(folder);
    }

    @Test
    void rulesThatDoNotCompileStopTheStartWithTheirFileAndLine() throws IOException {
        breakDrl();
        assertThatThrownBy(() -> new CurrentRules(folder.toString(), log).compileAtStart())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.problems()).anyMatch(problem -> problem.contains("household-criteria.drl:"));
                    FailureAnalysis analysis = new RulesFailureAnalyzer().analyze(new IllegalStateException(e));
                    assertThat(analysis.getDescription()).startsWith("The rules in force cannot be used")
                            .contains("household-criteria.drl:");
                });
        assertThat(log.all()).isEmpty();
    }

    @Test
    void aNamedFolderThatIsNotThereStopsTheStart() {
        assertThatThrownBy(() -> new CurrentRules("/no/such/rules", log).compileAtStart())
                .isInstanceOf(RuleCompilationException.class).hasMessageContaining("/no/such/rules");
    }

    @Test
    void rulesThatPassAreInForceAndRecorded() throws Exception {
        CurrentRules rules = new CurrentRules(folder.toString(), log);
        rules.compileAtStart();
        assertThat(rules.assessment().source().origin()).isEqualTo(folder.toString());
        assertThat(log.all()).singleElement().satisfies(activation -> {
            assertThat(activation.activatedBy()).isEqualTo(CurrentRules.FOLDER);
            assertThat(activation.testCases()).isPositive();
            assertThat(activation.rulesetVersion()).isEqualTo(rules.assessment().rules().version());
        });
        new CurrentRules(folder.toString(), log).compileAtStart();   // a restart on the same files adds nothing
        assertThat(log.all()).hasSize(1);
    }

    @Test
    void aBrokenFolderAtStartKeepsTheSetInForceBefore() throws Exception {
        new CurrentRules(folder.toString(), log).compileAtStart();
        String version = log.latest().orElseThrow().rulesetVersion();
        breakDrl();
        CurrentRules restarted = new CurrentRules(folder.toString(), log);
        restarted.compileAtStart();
        assertThat(restarted.assessment().rules().version()).isEqualTo(version);
        assertThat(restarted.folderProblems()).anyMatch(problem -> problem.contains("household-criteria.drl:"));
    }

    @Test
    void aFolderEditIsPutInForceOnlyWhenItsTestCasesPass() throws Exception {
        CurrentRules rules = new CurrentRules(folder.toString(), log);
        rules.compileAtStart();
        ExitAssessment before = rules.assessment();
        String version = before.rules().version();
        Path line = folder.resolve("parameters/household/poverty_line.yaml");
        String original = Files.readString(line);

        Files.writeString(line, original.replace("value: 3747", "value: 2000"));
        assertThat(rules.assessment()).isSameAs(before);
        assertThat(rules.folderProblems()).anyMatch(problem -> problem.contains("household-income.yaml"));
        assertThat(log.all()).hasSize(1);

        Path drl = folder.resolve("household-criteria.drl");
        Files.writeString(line, original);
        Files.writeString(drl, Files.readString(drl) + "\n// reviewed\n");
        assertThat(rules.assessment().rules().version()).isNotEqualTo(version);
        assertThat(rules.folderProblems()).isEmpty();
        assertThat(log.all()).hasSize(2);
    }

    @Test
    void anUploadedSetIsPutInForceOnlyWhenItsTestCasesPass() throws Exception {
        CurrentRules rules = new CurrentRules(folder.toString(), log);
        rules.compileAtStart();
        Map<String, String> failing = new TreeMap<>(RuleSource.folder(folder).files());
        failing.replaceAll((path, text) -> path.equals("parameters/household/poverty_line.yaml")
                ? text.replace("value: 3747", "value: 2000") : text);
        assertThatThrownBy(() -> rules.upload(new RuleSource("upload", failing), "admin"))
                .isInstanceOfSatisfying(RuleSetRejectedException.class, e -> assertThat(e.problems())
                        .anyMatch(problem -> problem.contains("household-income.yaml")));
        assertThat(log.all()).hasSize(1);

        Map<String, String> edited = new TreeMap<>(RuleSource.folder(folder).files());
        edited.replaceAll((path, text) -> path.endsWith(".drl") ? text + "\n// reviewed\n" : text);
        RuleSetActivation activation = rules.upload(new RuleSource("upload", edited), "admin");
        assertThat(activation.seq()).isEqualTo(2);
        assertThat(activation.activatedBy()).isEqualTo("admin");
        assertThat(rules.assessment().rules().version()).isEqualTo(activation.rulesetVersion());
        assertThat(log.verify().intact()).isTrue();
    }

    private void breakDrl() throws IOException {
        Path drl = folder.resolve("household-criteria.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("(?m)^rule ", "rule broken("));
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
