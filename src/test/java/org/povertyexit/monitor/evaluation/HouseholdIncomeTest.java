package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.Flag;
import org.povertyexit.monitor.report.HouseholdResult;

/** H-INCOME: per-capita net income strictly above (超过) the poverty line in force on the assessment date. */
class HouseholdIncomeTest {

    @Test
    void incomeOneCentAboveTheLinePasses() {
        Facts facts = Facts.baseline();
        facts.household().set("wageIncome", "3747.01");

        Assessed result = facts.assess();

        assertThat(result.household().status()).isEqualTo(ExitStatus.EXIT_READY);
        assertThat(result.household().failed()).isEmpty();
        assertThat(result.household().perCapitaNetIncome()).isEqualByComparingTo("3747.01");
        assertThat(result.remediation("H1")).isEmpty();
    }

    @Test
    void incomeExactlyOnTheLineFailsWithAGapOfOneCent() {
        Facts facts = Facts.baseline();
        facts.household().set("wageIncome", "3747.00");

        Assessed result = facts.assess();

        HouseholdResult household = result.household();
        assertThat(household.status()).isEqualTo(ExitStatus.NOT_READY);
        assertThat(household.failed()).containsExactly("H-INCOME");
        Flag flag = result.flag(household.flags(), "H-INCOME");
        assertThat(flag.measured()).isEqualByComparingTo("3747.00");
        assertThat(flag.threshold()).isEqualByComparingTo("3747");
        assertThat(flag.parameter()).isEqualTo("household.poverty_line");
        RemediationItem item = result.item("H1", "H-INCOME");
        assertThat(item.department()).isEqualTo(Department.AGRICULTURE);
        assertThat(item.gap()).isEqualByComparingTo("0.01");
        assertThat(item.unit()).isEqualTo("yuan");
    }

    @Test
    void gapIsTheShortfallTimesMembersPlusOneCentPerMember() {
        Facts facts = Facts.baseline();
        facts.household().set("wageIncome", "9000.00");
        facts.addMember("H1");
        facts.addMember("H1");

        Assessed result = facts.assess();

        // 9000 / 3 = 3000.00; (3747 - 3000) * 3 + 0.03
        assertThat(result.household().perCapitaNetIncome()).isEqualByComparingTo("3000.00");
        assertThat(result.item("H1", "H-INCOME").gap()).isEqualByComparingTo("2241.03");
    }

    @Test
    void householdWithoutNormalOrSkilledLabourGoesToCivilAffairs() {
        Facts facts = Facts.baseline();
        facts.household().set("wageIncome", "2000.00");
        facts.member().set("labour", "LOST");
        facts.addMember("H1").set("labour", "NONE").set("birthDate", "1950-01-01");

        Assessed result = facts.assess();

        assertThat(result.household().perCapitaNetIncome()).isEqualByComparingTo("1000.00");
        RemediationItem item = result.item("H1", "H-INCOME");
        assertThat(item.department()).isEqualTo(Department.CIVIL_AFFAIRS);
        assertThat(item.gap()).isEqualByComparingTo("5494.02");
    }

    @Test
    void aSkilledMemberKeepsTheIncomeItemWithAgriculture() {
        Facts facts = Facts.baseline();
        facts.household().set("wageIncome", "2000.00");
        facts.member().set("labour", "LOST");
        facts.addMember("H1").set("labour", "SKILLED");

        assertThat(facts.assess().item("H1", "H-INCOME").department()).isEqualTo(Department.AGRICULTURE);
    }

    @Test
    void comparisonUsesThePerCapitaIncomeRoundedHalfUp() {
        Facts passing = Facts.baseline();
        passing.household().set("wageIncome", "11241.02");   // / 3 = 3747.00666… → 3747.01
        passing.addMember("H1");
        passing.addMember("H1");
        Facts failing = Facts.baseline();
        failing.household().set("wageIncome", "11241.01");   // / 3 = 3747.00333… → 3747.00
        failing.addMember("H1");
        failing.addMember("H1");

        assertThat(passing.assess().household().failed()).isEmpty();
        Assessed result = failing.assess();
        assertThat(result.household().perCapitaNetIncome()).isEqualByComparingTo("3747.00");
        assertThat(result.household().failed()).containsExactly("H-INCOME");
        assertThat(result.item("H1", "H-INCOME").gap()).isEqualByComparingTo("0.03");
    }

    @Test
    void negativeIncomeRoundsHalfUpAwayFromZero() {
        Facts facts = Facts.baseline();
        facts.household().set("wageIncome", "0.00").set("businessIncome", "-0.05");
        facts.addMember("H1");

        Assessed result = facts.assess();

        // -0.05 / 2 = -0.025 → -0.03 (HALF_EVEN would give -0.02)
        assertThat(result.household().perCapitaNetIncome()).isEqualByComparingTo("-0.03");
        assertThat(result.household().failed()).containsExactly("H-INCOME");
        // (3747 - (-0.03)) * 2 + 0.02
        assertThat(result.item("H1", "H-INCOME").gap()).isEqualByComparingTo("7494.08");
    }

    @Test
    void businessExpenseIsSubtractedFromAllFourIncomes() {
        Facts facts = Facts.baseline();
        facts.household().set("wageIncome", "1000.00").set("businessIncome", "1500.50")
                .set("propertyIncome", "300.25").set("transferIncome", "1200.25").set("businessExpense", "253.99");

        Assessed result = facts.assess();

        assertThat(result.household().perCapitaNetIncome()).isEqualByComparingTo("3747.01");
        assertThat(result.household().failed()).isEmpty();
    }

    @Test
    void incomeIsNotCheckedForNonRegisteredHouseholds() {
        Facts facts = Facts.baseline();
        facts.household().set("status", "NOT_REGISTERED").set("wageIncome", "100.00");

        Assessed result = facts.assess();

        assertThat(result.household().status()).isEqualTo(ExitStatus.NOT_APPLICABLE);
        assertThat(result.household().failed()).isEmpty();
        assertThat(result.remediation("H1", "H-INCOME")).isEmpty();
        assertThat(result.household().perCapitaNetIncome()).isEqualByComparingTo(new BigDecimal("100.00"));
    }
}
