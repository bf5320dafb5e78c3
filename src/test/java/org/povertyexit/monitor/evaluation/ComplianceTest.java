package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.Flag;

/** D-SUBSIDY-CAP (subsidy above 5000) and D-INCOME-MISMATCH (reported vs computed, more than 1.00 apart). */
class ComplianceTest {

    @Test
    void subsidyExactlyAtTheCapIsNotFlagged() {
        Facts facts = Facts.baseline();
        facts.household().set("industrySubsidy", "5000.00");

        assertThat(facts.assess().household().compliance()).isEmpty();
    }

    @Test
    void subsidyAboveTheCapIsFlaggedButDoesNotBlockExit() {
        Facts facts = Facts.baseline();
        facts.household().set("industrySubsidy", "5000.01");

        Assessed result = facts.assess();

        assertThat(result.household().status()).isEqualTo(ExitStatus.EXIT_READY);
        assertThat(result.household().compliance()).containsExactly("D-SUBSIDY-CAP");
        Flag flag = result.flag(result.household().flags(), "D-SUBSIDY-CAP");
        assertThat(flag.severity()).isEqualTo(Severity.COMPLIANCE);
        assertThat(flag.parameter()).isEqualTo("compliance.industry_subsidy_max");
        assertThat(result.item("H1", "D-SUBSIDY-CAP").department()).isEqualTo(Department.AGRICULTURE);
    }

    @Test
    void subsidyCapAppliesToNonRegisteredHouseholds() {
        Facts facts = Facts.baseline();
        facts.household().set("status", "NOT_REGISTERED").set("industrySubsidy", "6000.00");

        assertThat(facts.assess().household().compliance()).containsExactly("D-SUBSIDY-CAP");
    }

    @Test
    void noReportedIncomeIsNeverAMismatch() {
        assertThat(Facts.baseline().assess().household().compliance()).isEmpty();
    }

    @Test
    void reportedIncomeExactlyAtTheToleranceIsNotFlagged() {
        Facts above = Facts.baseline();
        above.household().set("reportedPerCapitaNetIncome", "30001.00");
        Facts below = Facts.baseline();
        below.household().set("reportedPerCapitaNetIncome", "29999.00");

        assertThat(above.assess().household().compliance()).isEmpty();
        assertThat(below.assess().household().compliance()).isEmpty();
    }

    @Test
    void reportedIncomeBeyondTheToleranceIsFlagged() {
        Facts facts = Facts.baseline();
        facts.household().set("reportedPerCapitaNetIncome", "29998.99");

        Assessed result = facts.assess();

        assertThat(result.household().compliance()).containsExactly("D-INCOME-MISMATCH");
        assertThat(result.flag(result.household().flags(), "D-INCOME-MISMATCH").measured())
                .isEqualByComparingTo("1.01");
        assertThat(result.item("H1", "D-INCOME-MISMATCH").department()).isEqualTo(Department.AGRICULTURE);
    }

    @Test
    void mismatchIsMeasuredAgainstTheRoundedPerCapitaIncome() {
        // 10000.01 / 3 = 3333.34 (rounded); 3332.34 is exactly 1.00 away from it
        Facts facts = Facts.baseline();
        facts.household().set("wageIncome", "10000.01").set("reportedPerCapitaNetIncome", "3332.34");
        facts.addMember("H1");
        facts.addMember("H1");

        assertThat(facts.assess().household().compliance()).isEmpty();
    }
}
