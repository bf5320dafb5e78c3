package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.remediation.Department;

/**
 * M-SHOCK: exited or non-registered household whose medical self-pay is above 0 and above 0.5 × the
 * household net income (rounded per-capita × members); a net income ≤ 0 always triggers.
 */
class MedicalShockTest {

    private static Facts household(String status, String income, String selfPaid) {
        Facts facts = Facts.baseline();
        facts.household().set("status", status).set("wageIncome", income)
                .set("medicalCostTotal", "90000.00").set("medicalSelfPaid", selfPaid);
        return facts;
    }

    @Test
    void selfPayExactlyHalfTheNetIncomeIsNotFlagged() {
        assertThat(household("EXITED", "10000.00", "5000.00").assess().household().monitoring()).isEmpty();
    }

    @Test
    void selfPayAboveHalfTheNetIncomeIsFlagged() {
        Assessed result = household("EXITED", "10000.00", "5000.01").assess();

        assertThat(result.household().monitoring()).containsExactly("M-SHOCK");
        assertThat(result.item("H1", "M-SHOCK").department()).isEqualTo(Department.MEDICAL_SECURITY);
    }

    @Test
    void nonRegisteredHouseholdsAreFlaggedToo() {
        Assessed result = household("NOT_REGISTERED", "10000.00", "5000.01").assess();

        assertThat(result.household().monitoring()).containsExactly("M-SHOCK");
        assertThat(result.household().failed()).isEmpty();
    }

    @Test
    void notExitedAndReturnedHouseholdsAreNotFlagged() {
        assertThat(household("NOT_EXITED", "10000.00", "9000.00").assess().household().monitoring()).isEmpty();
        assertThat(household("RETURNED", "10000.00", "9000.00").assess().household().monitoring()).isEmpty();
    }

    @Test
    void householdNetIncomeIsTheRoundedPerCapitaTimesMembers() {
        // 10000.01 / 3 = 3333.34 rounded; × 3 = 10000.02; half is 5000.01, so 5000.01 is not above it
        Facts facts = household("EXITED", "10000.01", "5000.01");
        facts.addMember("H1");
        facts.addMember("H1");

        assertThat(facts.assess().household().monitoring()).doesNotContain("M-SHOCK");
    }

    @Test
    void netIncomeOfZeroOrLessAlwaysTriggersOnAnySelfPay() {
        Facts zero = household("EXITED", "0.00", "0.01");
        Facts negative = household("NOT_REGISTERED", "0.00", "0.01");
        negative.household().set("businessIncome", "-500.00");

        assertThat(zero.assess().household().monitoring()).contains("M-SHOCK");
        assertThat(negative.assess().household().monitoring()).contains("M-SHOCK");
    }

    @Test
    void noSelfPayNeverTriggersEvenWithoutIncome() {
        Facts facts = household("NOT_REGISTERED", "0.00", "0.00");
        facts.household().set("businessIncome", "-500.00");

        assertThat(facts.assess().household().monitoring()).doesNotContain("M-SHOCK");
    }
}
