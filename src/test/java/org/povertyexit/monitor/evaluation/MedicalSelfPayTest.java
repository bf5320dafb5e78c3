package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.report.Flag;

/** H-MEDICAL-SELFPAY: self-paid ÷ total ≤ 0.10 (不超过), compared exactly; no costs passes. */
class MedicalSelfPayTest {

    private static Assessed withCosts(String total, String selfPaid) {
        Facts facts = Facts.baseline();
        facts.household().set("medicalCostTotal", total).set("medicalSelfPaid", selfPaid);
        return facts.assess();
    }

    @Test
    void selfPayExactlyTenPercentPasses() {
        assertThat(withCosts("1000.00", "100.00").household().failed()).isEmpty();
    }

    @Test
    void selfPayOneCentAboveTenPercentFails() {
        Assessed result = withCosts("1000.00", "100.01");

        assertThat(result.household().failed()).containsExactly("H-MEDICAL-SELFPAY");
        Flag flag = result.flag(result.household().flags(), "H-MEDICAL-SELFPAY");
        assertThat(flag.parameter()).isEqualTo("household.medical_selfpay_max");
        assertThat(flag.threshold()).isEqualByComparingTo("0.10");
        assertThat(flag.measured()).isEqualByComparingTo("0.10001");
        assertThat(result.item("H1", "H-MEDICAL-SELFPAY").department()).isEqualTo(Department.HEALTH);
    }

    @Test
    void ratioIsComparedWithoutRounding() {
        // 33.34 / 333.33 = 0.100021… above 0.10, though it rounds to 0.10
        assertThat(withCosts("333.33", "33.34").household().failed()).containsExactly("H-MEDICAL-SELFPAY");
        assertThat(withCosts("333.33", "33.33").household().failed()).isEmpty();
    }

    @Test
    void noMedicalCostsPasses() {
        assertThat(withCosts("0.00", "0.00").household().failed()).isEmpty();
    }

    @Test
    void everythingSelfPaidFails() {
        assertThat(withCosts("500.00", "500.00").household().failed()).containsExactly("H-MEDICAL-SELFPAY");
    }

    @Test
    void overriddenMaximumApplies() {
        Facts facts = Facts.baseline();
        facts.household().set("medicalCostTotal", "1000.00").set("medicalSelfPaid", "150.00");

        assertThat(facts.assess().household().failed()).containsExactly("H-MEDICAL-SELFPAY");
        assertThat(facts.assess(Map.of("household.medical_selfpay_max", "0.15")).household().failed()).isEmpty();
    }
}
