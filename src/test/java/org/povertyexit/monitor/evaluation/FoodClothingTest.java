package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.report.ExitStatus;

/** H-FOOD-CLOTHING: 不愁吃、不愁穿, both must hold. */
class FoodClothingTest {

    @Test
    void foodAndClothingSecurePasses() {
        Assessed result = Facts.baseline().assess();

        assertThat(result.household().status()).isEqualTo(ExitStatus.EXIT_READY);
        assertThat(result.household().failed()).isEmpty();
    }

    @Test
    void foodInsecureFailsForCivilAffairs() {
        Facts facts = Facts.baseline();
        facts.household().set("foodSecure", false);

        Assessed result = facts.assess();

        assertThat(result.household().status()).isEqualTo(ExitStatus.NOT_READY);
        assertThat(result.household().failed()).containsExactly("H-FOOD-CLOTHING");
        assertThat(result.item("H1", "H-FOOD-CLOTHING").department()).isEqualTo(Department.CIVIL_AFFAIRS);
        assertThat(result.item("H1", "H-FOOD-CLOTHING").gap()).isNull();
    }

    @Test
    void clothingInsecureFails() {
        Facts facts = Facts.baseline();
        facts.household().set("clothingSecure", false);

        assertThat(facts.assess().household().failed()).containsExactly("H-FOOD-CLOTHING");
    }

    @Test
    void bothInsecureGiveOneItem() {
        Facts facts = Facts.baseline();
        facts.household().set("foodSecure", false).set("clothingSecure", false);

        Assessed result = facts.assess();

        assertThat(result.household().failed()).containsExactly("H-FOOD-CLOTHING");
        assertThat(result.remediation("H1")).hasSize(1);
    }
}
