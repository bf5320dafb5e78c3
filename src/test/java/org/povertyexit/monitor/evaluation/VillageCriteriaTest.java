package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.ExitStatus;

/** V-COLLECTIVE-INCOME, V-INDUSTRY, V-ROAD, V-POWER, V-CLINIC, and villages that are not poverty villages. */
class VillageCriteriaTest {

    @Test
    void baselineVillageIsExitReady() {
        Assessed result = Facts.baseline().assess();

        assertThat(result.village().status()).isEqualTo(ExitStatus.EXIT_READY);
        assertThat(result.village().failed()).isEmpty();
        assertThat(result.remediation("V1")).isEmpty();
    }

    @Test
    void collectiveIncomeExactlyFiftyThousandPasses() {
        Facts facts = Facts.baseline();
        facts.village().set("collectiveIncome", "50000.00");

        assertThat(facts.assess().village().failed()).isEmpty();
    }

    @Test
    void collectiveIncomeBelowFiftyThousandFailsWithTheShortfall() {
        Facts facts = Facts.baseline();
        facts.village().set("collectiveIncome", "42000.50");

        Assessed result = facts.assess();

        assertThat(result.village().status()).isEqualTo(ExitStatus.NOT_READY);
        assertThat(result.village().failed()).containsExactly("V-COLLECTIVE-INCOME");
        RemediationItem item = result.item("V1", "V-COLLECTIVE-INCOME");
        assertThat(item.department()).isEqualTo(Department.AGRICULTURE);
        assertThat(item.gap()).isEqualByComparingTo("7999.50");
        assertThat(item.unit()).isEqualTo("yuan");
    }

    @Test
    void blankOrMissingLeadingIndustryFails() {
        Facts blank = Facts.baseline();
        blank.village().set("leadingIndustry", "  ");
        Facts missing = Facts.baseline();
        missing.village().set("leadingIndustry", null);

        assertThat(blank.assess().village().failed()).containsExactly("V-INDUSTRY");
        Assessed result = missing.assess();
        assertThat(result.village().failed()).containsExactly("V-INDUSTRY");
        assertThat(result.item("V1", "V-INDUSTRY").department()).isEqualTo(Department.AGRICULTURE);
    }

    @Test
    void roadPowerAndClinicEachGoToTheirDepartment() {
        Facts facts = Facts.baseline();
        facts.village().set("hardenedRoad", false).set("threePhasePower", false).set("standardClinic", false);

        Assessed result = facts.assess();

        assertThat(result.village().failed()).containsExactly("V-CLINIC", "V-POWER", "V-ROAD");
        assertThat(result.item("V1", "V-ROAD").department()).isEqualTo(Department.TRANSPORT);
        assertThat(result.item("V1", "V-POWER").department()).isEqualTo(Department.POWER);
        assertThat(result.item("V1", "V-CLINIC").department()).isEqualTo(Department.HEALTH);
    }

    @Test
    void eachInfrastructureCriterionFailsAlone() {
        for (String[] field : new String[][] {{"hardenedRoad", "V-ROAD"}, {"threePhasePower", "V-POWER"},
                {"standardClinic", "V-CLINIC"}}) {
            Facts facts = Facts.baseline();
            facts.village().set(field[0], false);
            assertThat(facts.assess().village().failed()).as(field[0]).containsExactly(field[1]);
        }
    }

    @Test
    void nonPovertyVillageIsNotApplicableWhateverItLacks() {
        Facts facts = Facts.baseline();
        facts.village().set("povertyVillage", false).set("collectiveIncome", "0.00").set("leadingIndustry", null)
                .set("hardenedRoad", false).set("threePhasePower", false).set("standardClinic", false)
                .set("registeredPopulation", 10);
        facts.household().set("housingGrade", "D");

        Assessed result = facts.assess();

        assertThat(result.village().status()).isEqualTo(ExitStatus.NOT_APPLICABLE);
        assertThat(result.village().failed()).isEmpty();
        assertThat(result.remediation("V1")).isEmpty();
        // its households are still assessed
        assertThat(result.household().failed()).containsExactly("H-HOUSING");
    }
}
