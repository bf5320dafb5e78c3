package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.remediation.RemediationItem;

/** H-MEDICAL-INSURANCE: every member in basic medical and serious-illness insurance. */
class MedicalInsuranceTest {

    @Test
    void everyMemberInsuredPasses() {
        Facts facts = Facts.baseline();
        facts.addMember("H1");

        assertThat(facts.assess().household().failed()).isEmpty();
    }

    @Test
    void memberWithoutBasicInsuranceFails() {
        Facts facts = Facts.baseline();
        facts.member().set("basicMedicalInsurance", false);

        Assessed result = facts.assess();

        assertThat(result.household().failed()).containsExactly("H-MEDICAL-INSURANCE");
        RemediationItem item = result.item("H1", "H-MEDICAL-INSURANCE");
        assertThat(item.department()).isEqualTo(Department.MEDICAL_SECURITY);
        assertThat(item.gap()).isEqualByComparingTo("1");
        assertThat(item.unit()).isEqualTo("persons");
    }

    @Test
    void gapCountsMembersMissingEitherInsurance() {
        Facts facts = Facts.baseline();
        facts.member().set("seriousIllnessInsurance", false);
        facts.addMember("H1").set("basicMedicalInsurance", false);
        facts.addMember("H1").set("basicMedicalInsurance", false).set("seriousIllnessInsurance", false);
        facts.addMember("H1");

        Assessed result = facts.assess();

        assertThat(result.household().failed()).containsExactly("H-MEDICAL-INSURANCE");
        assertThat(result.item("H1", "H-MEDICAL-INSURANCE").gap()).isEqualByComparingTo("3");
    }
}
