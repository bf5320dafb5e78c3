package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.remediation.Department;

/** H-HOUSING: grade A or B, or relocated with the keys handed over. */
class HousingTest {

    private static Assessed with(String grade, boolean relocated, boolean keys) {
        Facts facts = Facts.baseline();
        facts.household().set("housingGrade", grade).set("relocated", relocated).set("relocationKeysReceived", keys);
        return facts.assess();
    }

    @Test
    void gradesAAndBPass() {
        assertThat(with("A", false, false).household().failed()).isEmpty();
        assertThat(with("B", false, false).household().failed()).isEmpty();
    }

    @Test
    void gradesCAndDFailForHousing() {
        Assessed c = with("C", false, false);
        assertThat(c.household().failed()).containsExactly("H-HOUSING");
        assertThat(c.item("H1", "H-HOUSING").department()).isEqualTo(Department.HOUSING);
        assertThat(with("D", false, false).household().failed()).containsExactly("H-HOUSING");
    }

    @Test
    void relocatedWithKeysPassesWhateverTheOldHouse() {
        assertThat(with("D", true, true).household().failed()).isEmpty();
    }

    @Test
    void relocatedWithoutKeysFails() {
        Assessed result = with("D", true, false);

        assertThat(result.household().failed()).containsExactly("H-HOUSING");
        assertThat(result.flag(result.household().flags(), "H-HOUSING").message()).contains("keys");
    }

    @Test
    void keysWithoutRelocationDoNotCount() {
        assertThat(with("C", false, true).household().failed()).containsExactly("H-HOUSING");
    }
}
