package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.VillageResult;

/**
 * V-INCIDENCE: projected poor persons ÷ registered population below (低于, strict) 3% in the west,
 * 2% elsewhere. Projected poor are the members of registered households failing any H-criterion.
 */
class VillageIncidenceTest {

    /** Village V1 of 100 people with one failing household (dangerous house) of {@code persons}. */
    private static Facts failingHousehold(int persons, String status) {
        Facts facts = Facts.baseline();
        facts.village().set("registeredPopulation", 100);
        facts.household().set("status", status).set("housingGrade", "D");
        for (int i = 1; i < persons; i++) {
            facts.addMember("H1");
        }
        return facts;
    }

    @Test
    void westIncidenceBelowThreePercentPasses() {
        Assessed result = failingHousehold(2, "NOT_EXITED").assess();

        assertThat(result.village().status()).isEqualTo(ExitStatus.EXIT_READY);
        assertThat(result.village().projectedPoor()).isEqualTo(2);
        assertThat(result.village().incidence()).isEqualByComparingTo("0.02");
    }

    @Test
    void westIncidenceExactlyThreePercentFailsWithOnePersonToLift() {
        Assessed result = failingHousehold(3, "NOT_EXITED").assess();

        VillageResult village = result.village();
        assertThat(village.status()).isEqualTo(ExitStatus.NOT_READY);
        assertThat(village.failed()).containsExactly("V-INCIDENCE");
        assertThat(village.incidence()).isEqualByComparingTo("0.03");
        assertThat(result.flag(village.flags(), "V-INCIDENCE").parameter()).isEqualTo("village.incidence_max.west");
        RemediationItem item = result.item("V1", "V-INCIDENCE");
        assertThat(item.department()).isEqualTo(Department.AGRICULTURE);
        assertThat(item.gap()).isEqualByComparingTo("1");
        assertThat(item.unit()).isEqualTo("persons");
    }

    @Test
    void otherRegionIncidenceExactlyTwoPercentFails() {
        Facts failing = failingHousehold(2, "NOT_EXITED");
        failing.county().set("region", "CENTRAL");
        Facts passing = failingHousehold(1, "NOT_EXITED");
        passing.county().set("region", "EAST");

        Assessed result = failing.assess();
        assertThat(result.village().failed()).containsExactly("V-INCIDENCE");
        assertThat(result.flag(result.village().flags(), "V-INCIDENCE").parameter())
                .isEqualTo("village.incidence_max.other");
        assertThat(result.item("V1", "V-INCIDENCE").gap()).isEqualByComparingTo("1");
        assertThat(passing.assess().village().status()).isEqualTo(ExitStatus.EXIT_READY);
    }

    @Test
    void personsToLiftLeaveTheLargestPassingCount() {
        // 150 people in the west: 4 poor (2.67%) pass, so 7 poor must lift 3
        Facts facts = failingHousehold(7, "NOT_EXITED");
        facts.village().set("registeredPopulation", 150);
        Facts four = failingHousehold(4, "NOT_EXITED");
        four.village().set("registeredPopulation", 150);

        assertThat(facts.assess().item("V1", "V-INCIDENCE").gap()).isEqualByComparingTo("3");
        assertThat(four.assess().village().failed()).isEmpty();
    }

    @Test
    void exitedHouseholdsFailingACriterionAreProjectedPoor() {
        Assessed result = failingHousehold(3, "EXITED").assess();

        assertThat(result.household().status()).isEqualTo(ExitStatus.WRONG_EXIT_RISK);
        assertThat(result.village().projectedPoor()).isEqualTo(3);
        assertThat(result.village().failed()).containsExactly("V-INCIDENCE");
    }

    @Test
    void nonRegisteredAndPassingHouseholdsAreNotProjectedPoor() {
        Facts facts = failingHousehold(3, "NOT_REGISTERED");
        facts.addHousehold("H2", "V1").set("status", "EXITED");
        facts.addMember("H2");
        facts.addMember("H2");

        Assessed result = facts.assess();

        assertThat(result.village().projectedPoor()).isZero();
        assertThat(result.village().failed()).isEmpty();
    }

    @Test
    void projectedPoorAddUpOverHouseholds() {
        Facts facts = failingHousehold(2, "NOT_EXITED");
        facts.addHousehold("H2", "V1").set("foodSecure", false);

        Assessed result = facts.assess();

        assertThat(result.village().projectedPoor()).isEqualTo(3);
        assertThat(result.village().failed()).containsExactly("V-INCIDENCE");
    }

    @Test
    void overriddenMaximumApplies() {
        Facts facts = failingHousehold(3, "NOT_EXITED");

        assertThat(facts.assess(Map.of("village.incidence_max.west", "0.031")).village().failed()).isEmpty();
    }
}
