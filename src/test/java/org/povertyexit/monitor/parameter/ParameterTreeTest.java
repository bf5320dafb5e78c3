package org.povertyexit.monitor.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.rules.RuleSource;

/** Parameters as dated values: the one in force on a date, overrides, and bad files. */
class ParameterTreeTest {

    private static final String LINE = """
            description: a line
            unit: yuan
            values:
              - {from: 2019-01-01, value: 3747, source: 'local reference', verified: false}
              - {from: 2019-07-01, value: 3800, source: 'mid-year change', verified: true}
              - {from: 2018-01-01, value: 3535, source: 'earlier'}
            """;

    private static ParameterTree shipped() throws IOException {
        return ParameterTree.load(RuleSource.folder(Path.of("rules")).under("parameters"));
    }

    @Test
    void theShippedPovertyLineFollowsTheYears() throws IOException {
        ParameterTree tree = shipped();

        assertThat(tree.effectiveOn(LocalDate.of(2014, 1, 1)).value("household.poverty_line")).isEqualByComparingTo("2800");
        assertThat(tree.effectiveOn(LocalDate.of(2018, 12, 31)).value("household.poverty_line")).isEqualByComparingTo("3535");
        assertThat(tree.effectiveOn(LocalDate.of(2019, 1, 1)).value("household.poverty_line")).isEqualByComparingTo("3747");
        assertThat(tree.effectiveOn(LocalDate.of(2020, 12, 31)).value("household.poverty_line")).isEqualByComparingTo("4000");
        EffectiveParameter line = tree.effectiveOn(LocalDate.of(2019, 12, 31)).get("household.poverty_line");
        assertThat(line.effectiveFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(line.verified()).isFalse();
        assertThat(line.file()).isEqualTo("parameters/household/poverty_line.yaml");
    }

    @Test
    void everyParameterOfCriteriaMdIsThereWithItsValue() throws IOException {
        ParameterSet set = shipped().effectiveOn(LocalDate.of(2019, 12, 31));

        Map<String, String> expected = Map.ofEntries(Map.entry("household.school_age_min", "6"),
                Map.entry("household.school_age_max", "15"), Map.entry("household.medical_selfpay_max", "0.10"),
                Map.entry("water.min_liters", "35"), Map.entry("water.min_liters_scarce", "20"),
                Map.entry("water.max_round_trip_minutes", "20"), Map.entry("water.max_outage_days", "36"),
                Map.entry("monitoring.line_factor", "1.5"), Map.entry("monitoring.shock_selfpay_ratio", "0.5"),
                Map.entry("compliance.industry_subsidy_max", "5000"),
                Map.entry("compliance.income_mismatch_tolerance", "1.00"),
                Map.entry("village.incidence_max.west", "0.03"), Map.entry("village.incidence_max.other", "0.02"),
                Map.entry("village.collective_income_min", "50000"),
                Map.entry("county.incidence_max.west", "0.03"), Map.entry("county.incidence_max.other", "0.02"),
                Map.entry("county.wrong_exit_max", "0.02"), Map.entry("county.missed_max", "0.02"),
                Map.entry("county.recognition_min", "0.90"));
        expected.forEach((name, value) -> assertThat(set.value(name)).as(name).isEqualByComparingTo(value));
    }

    @Test
    void aValueAppliesFromItsDateUntilTheNext() {
        ParameterTree tree = ParameterTree.load(Map.of("household/poverty_line.yaml", LINE));

        assertThat(tree.effectiveOn(LocalDate.of(2018, 6, 1)).value("household.poverty_line")).isEqualByComparingTo("3535");
        assertThat(tree.effectiveOn(LocalDate.of(2019, 6, 30)).value("household.poverty_line")).isEqualByComparingTo("3747");
        EffectiveParameter july = tree.effectiveOn(LocalDate.of(2019, 7, 1)).get("household.poverty_line");
        assertThat(july.value()).isEqualByComparingTo("3800");
        assertThat(july.source()).isEqualTo("mid-year change");
        assertThat(july.unit()).isEqualTo("yuan");
    }

    @Test
    void aDateBeforeTheFirstValueIsAnError() {
        ParameterTree tree = ParameterTree.load(Map.of("household/poverty_line.yaml", LINE));

        assertThatThrownBy(() -> tree.effectiveOn(LocalDate.of(2017, 12, 31)))
                .hasMessageContaining("household.poverty_line").hasMessageContaining("2017-12-31");
    }

    @Test
    void overridesReplaceValuesInACopyAndChangeTheVersion() throws IOException {
        ParameterSet set = shipped().effectiveOn(LocalDate.of(2019, 12, 31));

        ParameterSet overridden = set.withOverrides(List.of(
                ParameterOverride.everywhere("household.poverty_line", new BigDecimal("4000"))));

        assertThat(overridden.value("household.poverty_line")).isEqualByComparingTo("4000");
        assertThat(overridden.get("household.poverty_line").overridden()).isTrue();
        assertThat(set.value("household.poverty_line")).isEqualByComparingTo("3747");
        assertThat(overridden.version()).isNotEqualTo(set.version());
        assertThat(set.withOverrides(List.of(ParameterOverride.everywhere("household.poverty_line",
                new BigDecimal("3747.00")))).version())
                .isEqualTo(set.version());
        assertThatThrownBy(() -> set.withOverrides(List.of(
                ParameterOverride.everywhere("household.no_such", BigDecimal.ONE))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("household.no_such");
    }

    @Test
    void badFilesAreAllRejectedByName() {
        Map<String, String> files = Map.of(
                "a/empty.yaml", "description: nothing\nvalues: []\n",
                "a/no_from.yaml", "values:\n  - {value: 3}\n",
                "a/typo.yaml", "values:\n  - {from: 2019-01-01, value: 3, sauce: x}\n",
                "a/bad_date.yaml", "values:\n  - {from: 2019-13-01, value: 3}\n",
                "a/good.yaml", "values:\n  - {from: 2019-01-01, value: 3}\n");

        assertThatThrownBy(() -> ParameterTree.load(files))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameters/a/empty.yaml: no values")
                .hasMessageContaining("parameters/a/no_from.yaml: every value needs 'from' and 'value'")
                .hasMessageContaining("parameters/a/typo.yaml")
                .hasMessageContaining("parameters/a/bad_date.yaml")
                .hasMessageNotContaining("good.yaml");
    }
}
