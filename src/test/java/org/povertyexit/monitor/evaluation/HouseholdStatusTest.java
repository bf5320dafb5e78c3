package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.HouseholdResult;

/** The household status of criteria.md for each registration status, passing and failing. */
class HouseholdStatusTest {

    private static HouseholdResult with(String status, boolean failing) {
        Facts facts = Facts.baseline();
        facts.household().set("status", status).set("housingGrade", failing ? "D" : "B");
        return facts.assess().household();
    }

    @Test
    void notExitedAndReturnedAreExitReadyOrNotReady() {
        assertThat(with("NOT_EXITED", false).status()).isEqualTo(ExitStatus.EXIT_READY);
        assertThat(with("NOT_EXITED", true).status()).isEqualTo(ExitStatus.NOT_READY);
        assertThat(with("RETURNED", false).status()).isEqualTo(ExitStatus.EXIT_READY);
        assertThat(with("RETURNED", true).status()).isEqualTo(ExitStatus.NOT_READY);
    }

    @Test
    void exitedIsStableOrAtRiskOfAWrongExit() {
        assertThat(with("EXITED", false).status()).isEqualTo(ExitStatus.STABLE);
        HouseholdResult atRisk = with("EXITED", true);
        assertThat(atRisk.status()).isEqualTo(ExitStatus.WRONG_EXIT_RISK);
        assertThat(atRisk.failed()).containsExactly("H-HOUSING");
    }

    @Test
    void nonRegisteredHouseholdsGetOnlyMonitoringAndComplianceCodes() {
        Facts facts = Facts.baseline();
        facts.household().set("status", "NOT_REGISTERED").set("wageIncome", "1000.00").set("foodSecure", false)
                .set("housingGrade", "D").set("waterQualityOk", false).set("industrySubsidy", "6000.00")
                .set("medicalCostTotal", "800.00").set("medicalSelfPaid", "800.00");
        facts.member().set("basicMedicalInsurance", false);
        facts.addChild("2010-01-01", "NOT_IN_SCHOOL");

        Assessed result = facts.assess();

        HouseholdResult household = result.household();
        assertThat(household.status()).isEqualTo(ExitStatus.NOT_APPLICABLE);
        assertThat(household.failed()).isEmpty();
        assertThat(household.monitoring()).containsExactly("M-EDGE", "M-SHOCK");
        assertThat(household.compliance()).containsExactly("D-SUBSIDY-CAP");
        assertThat(result.remediation("H1")).extracting(item -> item.criterion())
                .containsExactly("D-SUBSIDY-CAP", "M-EDGE", "M-SHOCK");
        // not registered: its members are not projected poor
        assertThat(result.village().projectedPoor()).isZero();
    }

    @Test
    void failedCodesAreSortedAndEachGivesOneItem() {
        Facts facts = Facts.baseline();
        facts.household().set("waterQualityOk", false).set("housingGrade", "C").set("wageIncome", "100.00");

        Assessed result = facts.assess();

        assertThat(result.household().failed()).containsExactly("H-HOUSING", "H-INCOME", "H-WATER");
        assertThat(result.remediation("H1")).extracting(item -> item.criterion())
                .containsExactly("H-HOUSING", "H-INCOME", "H-WATER");
    }
}
