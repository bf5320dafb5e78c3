package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.ExitStatus;

/**
 * C-WRONG-EXIT and C-MISSED (below 2% of the sample), C-RECOGNITION (at least 90% of the surveyed);
 * a zero sample cannot be rated and fails with "no sample". The baseline samples are 100 each.
 */
class CountySampleRatesTest {

    private static Assessed county(String field, int value) {
        Facts facts = Facts.baseline();
        facts.county().set(field, value);
        return facts.assess();
    }

    @Test
    void baselineCountyIsExitReadyWithItsRates() {
        CountyResult county = Facts.baseline().assess().county();

        assertThat(county.status()).isEqualTo(ExitStatus.EXIT_READY);
        assertThat(county.rates().wrongExit()).isEqualByComparingTo("0");
        assertThat(county.rates().missed()).isEqualByComparingTo("0");
        assertThat(county.rates().recognition()).isEqualByComparingTo("1");
    }

    @Test
    void wrongExitBelowTwoPercentPassesExactlyTwoFails() {
        assertThat(county("wrongExitPersons", 1).county().failed()).isEmpty();
        Assessed result = county("wrongExitPersons", 2);
        assertThat(result.county().failed()).containsExactly("C-WRONG-EXIT");
        assertThat(result.county().rates().wrongExit()).isEqualByComparingTo("0.02");
        assertThat(result.item("C1", "C-WRONG-EXIT").department()).isEqualTo(Department.AGRICULTURE);
    }

    @Test
    void noSampledExitedPersonsFailsWrongExit() {
        Facts facts = Facts.baseline();
        facts.county().set("sampledExitedPersons", 0).set("wrongExitPersons", 0);

        Assessed result = facts.assess();

        assertThat(result.county().failed()).containsExactly("C-WRONG-EXIT");
        assertThat(result.county().rates().wrongExit()).isNull();
        assertThat(result.flag(result.county().flags(), "C-WRONG-EXIT").message()).contains("no sample");
    }

    @Test
    void missedBelowTwoPercentPassesExactlyTwoFails() {
        assertThat(county("missedPersons", 1).county().failed()).isEmpty();
        Assessed result = county("missedPersons", 2);
        assertThat(result.county().failed()).containsExactly("C-MISSED");
        assertThat(result.county().rates().missed()).isEqualByComparingTo("0.02");
        assertThat(result.item("C1", "C-MISSED").department()).isEqualTo(Department.AGRICULTURE);
    }

    @Test
    void noSampledNonRegisteredPersonsFailsMissed() {
        Facts facts = Facts.baseline();
        facts.county().set("sampledNonRegisteredPersons", 0).set("missedPersons", 0);

        Assessed result = facts.assess();

        assertThat(result.county().failed()).containsExactly("C-MISSED");
        assertThat(result.county().rates().missed()).isNull();
        assertThat(result.flag(result.county().flags(), "C-MISSED").message()).contains("no sample");
    }

    @Test
    void recognitionExactlyNinetyPercentPassesBelowFails() {
        assertThat(county("recognizingHouseholds", 90).county().failed()).isEmpty();
        Assessed result = county("recognizingHouseholds", 89);
        assertThat(result.county().failed()).containsExactly("C-RECOGNITION");
        assertThat(result.county().rates().recognition()).isEqualByComparingTo("0.89");
        assertThat(result.item("C1", "C-RECOGNITION").department()).isEqualTo(Department.AGRICULTURE);
    }

    @Test
    void recognitionIsComparedWithoutRounding() {
        // 899 / 999 = 0.8999… just below 0.90
        Facts facts = Facts.baseline();
        facts.county().set("surveyedHouseholds", 999).set("recognizingHouseholds", 899);

        assertThat(facts.assess().county().failed()).containsExactly("C-RECOGNITION");
    }

    @Test
    void noSurveyedHouseholdsFailsRecognition() {
        Facts facts = Facts.baseline();
        facts.county().set("surveyedHouseholds", 0).set("recognizingHouseholds", 0);

        Assessed result = facts.assess();

        assertThat(result.county().failed()).containsExactly("C-RECOGNITION");
        assertThat(result.county().rates().recognition()).isNull();
        assertThat(result.flag(result.county().flags(), "C-RECOGNITION").message()).contains("no sample");
    }
}
