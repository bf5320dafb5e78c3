package org.povertyexit.monitor.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.rules.RuleInfo;
import org.povertyexit.monitor.rules.RuleSource;

/** Every code people may read has a label in Chinese and in English: a new criterion without one fails here. */
class LabelsTest {

    @Test
    void everyCriterionOfTheRulesHasANameInBothLanguages() throws Exception {
        Set<String> criteria = new TreeSet<>();
        for (RuleInfo rule : new ExitAssessment(RuleSource.folder(Path.of("rules"))).rules().rules()) {
            if (rule.criterion() != null) {
                criteria.add(rule.criterion());
            }
        }
        assertThat(criteria).hasSizeGreaterThan(20);
        for (Language language : Language.values()) {
            for (String code : criteria) {
                assertThat(Labels.of(language).has("criterion." + code)).as(language + " " + code).isTrue();
            }
        }
        assertThat(Labels.of(Language.ZH).criterion("H-INCOME")).isEqualTo("收入稳定超过国家扶贫标准");
        assertThat(Labels.of(Language.EN).criterion("H-INCOME")).isEqualTo("income above the poverty line");
        assertThat(Labels.of(Language.ZH).criterion("X-NEW")).isEqualTo("X-NEW");   // unknown: its code
    }

    @Test
    void everyStatusSeverityLevelDepartmentAndUnitHasALabelInBothLanguages() throws IOException {
        for (Language language : Language.values()) {
            Labels labels = Labels.of(language);
            for (ExitStatus status : ExitStatus.values()) {
                assertThat(labels.has("status." + status.name())).as(language + " " + status).isTrue();
            }
            for (Severity severity : Severity.values()) {
                assertThat(labels.has("severity." + severity.name())).as(language + " " + severity).isTrue();
            }
            for (Level level : Level.values()) {
                assertThat(labels.has("level." + level.name())).as(language + " " + level).isTrue();
            }
            for (Department department : Department.values()) {
                assertThat(labels.has("department." + department.name())).as(language + " " + department).isTrue();
            }
            for (String unit : unitsInTheRules()) {
                assertThat(labels.has("unit." + unit)).as(language + " unit " + unit).isTrue();
            }
        }
        assertThat(Labels.of(Language.ZH).status(ExitStatus.WRONG_EXIT_RISK)).isEqualTo("疑似错退");
        assertThat(Labels.of(Language.EN).status(ExitStatus.WRONG_EXIT_RISK)).isEqualTo("wrong-exit risk");
        assertThat(Department.HEALTH.label()).isEqualTo(Labels.of(Language.ZH).department(Department.HEALTH));
    }

    @Test
    void theTwoTablesHaveTheSameKeys() throws IOException {
        assertThat(keys("zh")).isEqualTo(keys("en"));
    }

    private static Set<String> unitsInTheRules() throws IOException {
        Set<String> units = new TreeSet<>();
        Matcher gap = Pattern.compile("\\.gap\\([^;]*?,\\s*\"([a-z]+)\"\\)").matcher("");
        try (var files = Files.list(Path.of("rules"))) {
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                gap.reset(Files.readString(drl));
                while (gap.find()) {
                    units.add(gap.group(1));
                }
            }
        }
        assertThat(units).containsAll(List.of("yuan", "persons", "children"));
        return units;
    }

    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream("/labels/labels_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
