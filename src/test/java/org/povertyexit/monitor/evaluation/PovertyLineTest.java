package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * H-INCOME against the poverty line in force on the assessment date (2018: 3535, 2019: 3747,
 * 2020: 4000), or a scenario's override.
 */
class PovertyLineTest {

    @Test
    void theLineInForceOnTheAssessmentDateApplies() {
        assertThat(withIncomeOn("3600.00", "2018-12-31").household().failed()).isEmpty();        // 3535
        assertThat(withIncomeOn("3600.00", "2019-01-01").household().failed()).containsExactly("H-INCOME"); // 3747
        assertThat(withIncomeOn("3900.00", "2019-12-31").household().failed()).isEmpty();
        assertThat(withIncomeOn("3900.00", "2020-01-01").household().failed()).containsExactly("H-INCOME"); // 4000
        assertThat(withIncomeOn("4000.00", "2020-06-30").household().failed()).containsExactly("H-INCOME");
        assertThat(withIncomeOn("4000.01", "2020-06-30").household().failed()).isEmpty();
        Assessed onTheLine2018 = withIncomeOn("3535.00", "2018-12-31");
        assertThat(onTheLine2018.flag(onTheLine2018.household().flags(), "H-INCOME").threshold())
                .isEqualByComparingTo("3535");
    }

    private static Assessed withIncomeOn(String income, String date) {
        Facts facts = Facts.baseline().on(date);
        facts.household().set("wageIncome", income);
        return facts.assess();
    }

    @Test
    void aParameterOverrideMovesTheLine() {
        Facts facts = Facts.baseline();
        facts.household().set("wageIncome", "3900.00");

        assertThat(facts.assess().household().failed()).isEmpty();
        Assessed overridden = facts.assess(Map.of("household.poverty_line", "4000"));
        assertThat(overridden.household().failed()).containsExactly("H-INCOME");
        assertThat(overridden.item("H1", "H-INCOME").gap()).isEqualByComparingTo("100.01");
        assertThat(overridden.report().run().parametersVersion())
                .isNotEqualTo(facts.assess().report().run().parametersVersion());
    }

    @Test
    void anUnknownParameterOverrideIsRejected() {
        Facts facts = Facts.baseline();
        assertThatThrownBy(() -> facts.assess(Map.of("household.poverty_lien", "4000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("household.poverty_lien");
    }
}
