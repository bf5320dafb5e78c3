package org.povertyexit.monitor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.povertyexit.monitor.scenario.ScenarioFixtures.scenario;
import static org.povertyexit.monitor.scenario.ScenarioFixtures.small;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.HousingGrade;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.Village;

class ScenarioApplierTest {

    private final ScenarioApplier applier = new ScenarioApplier();

    private Dataset apply(String json) throws Exception {
        return applier.apply(small(), scenario(json));
    }

    private static Household household(Dataset dataset, String id) {
        return dataset.households().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    private static Village village(Dataset dataset, String code) {
        return dataset.villages().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void setReplacesTheFieldOfSelectedEntitiesOnly() throws Exception {
        Dataset changed = apply("{'changes': [{'level': 'HOUSEHOLD', 'where': {'id': 'H0003'}, "
                + "'set': {'housingGrade': 'B', 'mainCause': '因病'}}]}");
        assertThat(household(changed, "H0003").housingGrade()).isEqualTo(HousingGrade.B);
        assertThat(household(changed, "H0003").mainCause()).hasToString("ILLNESS");
        assertThat(household(changed, "H0002").housingGrade()).isEqualTo(HousingGrade.C);
        assertThat(household(changed, "H0003").members()).isEqualTo(household(small(), "H0003").members());
    }

    @Test
    void scaleMultipliesAndRoundsMoneyHalfUpToTheCent() throws Exception {
        Dataset changed = apply("{'changes': [{'level': 'HOUSEHOLD', 'where': {'villageCode': '640422100201'}, "
                + "'scale': {'wageIncome': 1.00015}}]}");
        // 3900 × 1.00015 = 3900.585 → 3900.59; 7000 × 1.00015 = 7001.05
        assertThat(household(changed, "H0001").wageIncome()).isEqualTo(new BigDecimal("3900.59"));
        assertThat(household(changed, "H0002").wageIncome()).isEqualTo(new BigDecimal("7001.05"));
        assertThat(household(changed, "H0003").wageIncome()).isEqualTo(new BigDecimal("10000.00"));
    }

    @Test
    void scaleRoundsIntegersToWholeNumbers() throws Exception {
        Dataset changed = apply("{'changes': [{'level': 'VILLAGE', 'where': {'code': '640422100201'}, "
                + "'scale': {'registeredPopulation': 1.0005}}]}");
        assertThat(village(changed, "640422100201").registeredPopulation()).isEqualTo(1001); // 1000.5 → 1001
    }

    @Test
    void addAddsToEveryEntityOfACountySelectedThroughTheVillage() throws Exception {
        Dataset changed = apply("{'changes': [{'level': 'VILLAGE', 'where': {'countyCode': '640422'}, "
                + "'add': {'collectiveIncome': 20000}}]}");
        assertThat(village(changed, "640422100201").collectiveIncome()).isEqualTo(new BigDecimal("65000.00"));
        assertThat(village(changed, "640422100202").collectiveIncome()).isEqualTo(new BigDecimal("80000.00"));
        assertThat(village(changed, "640402100101").collectiveIncome()).isEqualTo(new BigDecimal("10000.00"));
    }

    @Test
    void householdsSelectedByDerivedCountyCodeAndAnyOfSeveralValues() throws Exception {
        Dataset changed = apply("{'changes': [{'level': 'HOUSEHOLD', "
                + "'where': {'countyCode': '640422', 'housingGrade': ['C', 'D']}, 'set': {'housingGrade': 'B'}}]}");
        assertThat(changed.households()).allMatch(h -> h.housingGrade() == HousingGrade.B);
    }

    @Test
    void emptyWhereSelectsTheWholeLevel() throws Exception {
        Dataset changed = apply("{'changes': [{'level': 'COUNTY', 'where': {}, 'add': {'recognizingHouseholds': -10}}]}");
        assertThat(changed.counties()).allMatch(c -> c.recognizingHouseholds() == 90);
    }

    @Test
    void memberChangesKeepTheHouseholdLinkAndOtherMembers() throws Exception {
        Dataset changed = apply("{'changes': [{'level': 'MEMBER', 'where': {'countyCode': '640402', "
                + "'basicMedicalInsurance': false}, 'set': {'basicMedicalInsurance': true}}]}");
        Household h6 = household(changed, "H0006");
        assertThat(h6.members()).hasSize(3).allMatch(Member::basicMedicalInsurance)
                .allMatch(m -> m.householdId().equals("H0006"));
        assertThat(h6.members().get(0)).isEqualTo(household(small(), "H0006").members().get(0));
    }

    @Test
    void changesApplyInOrder() throws Exception {
        Dataset changed = apply("{'changes': ["
                + "{'level': 'HOUSEHOLD', 'where': {'id': 'H0001'}, 'set': {'wageIncome': 100}},"
                + "{'level': 'HOUSEHOLD', 'where': {'wageIncome': 100}, 'scale': {'wageIncome': 3}},"
                + "{'level': 'HOUSEHOLD', 'where': {'id': 'H0001'}, 'add': {'wageIncome': 1}}]}");
        assertThat(household(changed, "H0001").wageIncome()).isEqualTo(new BigDecimal("301.00"));
    }

    @Test
    void theBaselineIsNeverModified() throws Exception {
        String before = CanonicalForm.sha256(small());
        Dataset changed = apply("{'changes': [{'level': 'HOUSEHOLD', 'where': {}, 'scale': {'wageIncome': 2}},"
                + "{'level': 'VILLAGE', 'where': {}, 'set': {'hardenedRoad': false}},"
                + "{'level': 'MEMBER', 'where': {}, 'set': {'labour': 'LOST'}}]}");
        assertThat(CanonicalForm.sha256(small())).isEqualTo(before);
        assertThat(CanonicalForm.sha256(changed)).isNotEqualTo(before);
        assertThat(household(small(), "H0001").wageIncome()).isEqualTo(new BigDecimal("3900.00"));
    }

    @Test
    void aChangeThatBreaksTheDataFormatIsAnErrorNamingIt() throws Exception {
        assertThatThrownBy(() -> apply("{'changes': [{'level': 'HOUSEHOLD', 'where': {'id': 'H0001'}, "
                + "'set': {'wageIncome': 5000}}, {'level': 'HOUSEHOLD', 'where': {'id': 'H0005'}, "
                + "'scale': {'medicalSelfPaid': 30}}]}"))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("changes[1] → households[H0005].medicalSelfPaid");
                            assertThat(error.value()).isEqualTo("1500.00");
                            assertThat(error.reason()).contains("medicalCostTotal");
                        }));
    }

    @Test
    void aResultOutOfRangeAndAWhereMatchingNothingAreBothReported() throws Exception {
        assertThatThrownBy(() -> apply("{'changes': ["
                + "{'level': 'HOUSEHOLD', 'where': {'villageCode': '999'}, 'set': {'housingGrade': 'A'}},"
                + "{'level': 'HOUSEHOLD', 'where': {'id': 'H0001'}, 'add': {'waterOutageDays': 400}},"
                + "{'level': 'HOUSEHOLD', 'where': {'id': 'H0001'}, 'set': {'villageCode': 'NOPE'}}]}"))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.errors())
                        .extracting(InputError::field, InputError::reason).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("changes[0].where", "matches no household"),
                                org.assertj.core.groups.Tuple.tuple("changes[1] → households[H0001].waterOutageDays",
                                        "out of range: must be 0..366"),
                                org.assertj.core.groups.Tuple.tuple("changes[2] → households[H0001].villageCode",
                                        "no village has this code")));
    }

    @Test
    void personalDataCannotSelectAndIsNotEchoed() throws Exception {
        assertThatThrownBy(() -> apply("{'changes': [{'level': 'MEMBER', 'where': {'idNumber': '640422199901019999', "
                + "'name': '李四'}, 'set': {'labour': 'SKILLED'}}]}"))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> {
                    assertThat(e.errors()).extracting(error -> error.reason()).containsExactly(
                            "idNumber is personal data and cannot select: select members by id",
                            "name is personal data and cannot select: select members by id");
                    assertThat(e.errors().toString()).doesNotContain("9999").doesNotContain("李");
                });
    }

    @Test
    void scalingAnAbsentValueIsAnError() throws Exception {
        assertThatThrownBy(() -> apply("{'changes': [{'level': 'HOUSEHOLD', 'where': {'id': 'H0001'}, "
                + "'scale': {'reportedPerCapitaNetIncome': 1.1}}]}"))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("household H0001 has no reportedPerCapitaNetIncome");
    }

    @Test
    void noChangesGivesTheBaselineFacts() throws Exception {
        assertThat(apply("{'name': 'nothing'}")).isSameAs(small());
    }
}
