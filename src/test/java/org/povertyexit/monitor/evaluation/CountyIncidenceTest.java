package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.ExitStatus;

/**
 * C-INCIDENCE: (projected poor + missedPersons + wrongExitPersons) ÷ ruralPopulation below 3% in the
 * west, 2% elsewhere. Projected poor count every registered household of the county, in poverty
 * villages or not, exited ones included.
 */
class CountyIncidenceTest {

    /** County C1 of 100 rural people; H1 fails housing with {@code persons} members. */
    private static Facts county(int persons, int missed, int wrongExit) {
        Facts facts = Facts.baseline();
        facts.county().set("ruralPopulation", 100).set("missedPersons", missed).set("wrongExitPersons", wrongExit);
        facts.household().set("housingGrade", "C");
        for (int i = 1; i < persons; i++) {
            facts.addMember("H1");
        }
        return facts;
    }

    @Test
    void incidenceBelowThreePercentPasses() {
        Assessed result = county(1, 1, 0).assess();

        assertThat(result.county().status()).isEqualTo(ExitStatus.EXIT_READY);
        assertThat(result.county().projectedPoor()).isEqualTo(1);
        assertThat(result.county().rates().incidence()).isEqualByComparingTo("0.02");
    }

    @Test
    void incidenceExactlyThreePercentWithMissedAndWrongExitAddedFails() {
        Assessed result = county(1, 1, 1).assess();

        CountyResult county = result.county();
        assertThat(county.status()).isEqualTo(ExitStatus.NOT_READY);
        assertThat(county.failed()).containsExactly("C-INCIDENCE");
        assertThat(county.rates().incidence()).isEqualByComparingTo("0.03");
        assertThat(result.flag(county.flags(), "C-INCIDENCE").parameter()).isEqualTo("county.incidence_max.west");
        RemediationItem item = result.item("C1", "C-INCIDENCE");
        assertThat(item.department()).isEqualTo(Department.AGRICULTURE);
        assertThat(item.gap()).isEqualByComparingTo("1");
        assertThat(item.unit()).isEqualTo("persons");
    }

    @Test
    void otherRegionFailsAtTwoPercent() {
        Facts facts = county(1, 0, 1);
        facts.county().set("region", "EAST");

        Assessed result = facts.assess();

        assertThat(result.county().failed()).containsExactly("C-INCIDENCE");
        assertThat(result.flag(result.county().flags(), "C-INCIDENCE").parameter())
                .isEqualTo("county.incidence_max.other");
    }

    @Test
    void householdsOutsidePovertyVillagesCount() {
        Facts facts = county(1, 0, 0);
        facts.household().set("housingGrade", "B");
        facts.addVillage("V2", "C1").set("povertyVillage", false);
        facts.addHousehold("H2", "V2").set("housingGrade", "D");
        facts.addMember("H2");
        facts.addMember("H2");

        Assessed result = facts.assess();

        assertThat(result.village("V2").status()).isEqualTo(ExitStatus.NOT_APPLICABLE);
        assertThat(result.county().projectedPoor()).isEqualTo(3);
        assertThat(result.county().failed()).containsExactly("C-INCIDENCE");
    }

    @Test
    void exitedHouseholdsFailingACriterionCount() {
        Facts facts = county(3, 0, 0);
        facts.household().set("status", "EXITED");

        Assessed result = facts.assess();

        assertThat(result.household().status()).isEqualTo(ExitStatus.WRONG_EXIT_RISK);
        assertThat(result.county().projectedPoor()).isEqualTo(3);
        assertThat(result.county().failed()).containsExactly("C-INCIDENCE");
    }

    @Test
    void noRuralPopulationFailsWithNoSample() {
        Facts facts = county(1, 0, 0);
        facts.county().set("ruralPopulation", 0);

        Assessed result = facts.assess();

        assertThat(result.county().failed()).containsExactly("C-INCIDENCE");
        assertThat(result.county().rates().incidence()).isNull();
        assertThat(result.flag(result.county().flags(), "C-INCIDENCE").message()).contains("no sample");
    }

    @Test
    void countiesAreAssessedApart() {
        Facts facts = county(3, 0, 0);
        facts.addCounty("C2");
        facts.addVillage("V2", "C2");
        facts.addHousehold("H2", "V2");

        Assessed result = facts.assess();

        assertThat(result.county("C1").failed()).containsExactly("C-INCIDENCE");
        assertThat(result.county("C2").failed()).isEmpty();
        assertThat(result.county("C2").projectedPoor()).isZero();
    }
}
