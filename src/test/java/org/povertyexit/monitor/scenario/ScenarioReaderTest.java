package org.povertyexit.monitor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.povertyexit.monitor.scenario.ScenarioFixtures.scenario;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.dataset.HousingGrade;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.parameter.ParameterOverride;

class ScenarioReaderTest {

    private static List<InputError> problems(String json) {
        try {
            scenario(json);
        } catch (InvalidScenarioException e) {
            return e.errors();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void readsTheExampleOfReportFormat() throws Exception {
        Scenario scenario = scenario("{'name': 'poverty line 4000, +20000 collective income in Xiji',"
                + "'parameters': {'household.poverty_line': 4000, 'village.collective_income_min': 60000},"
                + "'changes': [{'level': 'HOUSEHOLD', 'where': {'villageCode': '640422100201'}, 'scale': {'wageIncome': 1.10}},"
                + "{'level': 'HOUSEHOLD', 'where': {'id': 'H0001'}, 'set': {'housingGrade': 'B'}},"
                + "{'level': 'VILLAGE', 'where': {'countyCode': '640422'}, 'add': {'collectiveIncome': 20000}}]}");
        assertThat(scenario.name()).isEqualTo("poverty line 4000, +20000 collective income in Xiji");
        assertThat(scenario.parameters()).contains(
                ParameterOverride.everywhere("household.poverty_line", new BigDecimal("4000")));
        assertThat(scenario.changes()).hasSize(3);
        assertThat(scenario.changes().get(1).set()).containsEntry("housingGrade", HousingGrade.B);
        assertThat(scenario.changes().get(2).add()).containsEntry("collectiveIncome", new BigDecimal("20000"));
    }

    @Test
    void unknownFieldsAreNamedWithTheirEntry() {
        assertThat(problems("{'changes': [{'level': 'VILLAGE', 'where': {}, 'set': {'road': true}},"
                + "{'level': 'HOUSEHOLD', 'where': {'id': 'H0001'}, 'set': {'housingGrade': 'B'}},"
                + "{'level': 'HOUSEHOLD', 'where': {'villageCod': '640422100201'}, 'scale': {'wages': 2}}]}"))
                .extracting(InputError::field, InputError::reason).containsExactly(
                        tuple("changes[0].set.road", "no such village field"),
                        tuple("changes[2].where.villageCod", "no such household field"),
                        tuple("changes[2].scale.wages", "no such household field"));
    }

    @Test
    void unknownParametersAndNonNumericValuesAreErrors() {
        assertThat(problems("{'parameters': {'household.poverty_lin': 4000, 'household.poverty_line': 'high'}}"))
                .extracting(InputError::field, InputError::reason).containsExactly(
                        tuple("parameters.household.poverty_lin",
                                "no such parameter (see rules/parameters/, e.g. household.poverty_line)"),
                        tuple("parameters.household.poverty_line", "not a number"));
    }

    @Test
    void parametersMayBeAListOfOverridesEachInEveryCountyOrInSome() throws Exception {
        Scenario scenario = scenario("{'parameters': [{'name': 'household.poverty_line', 'value': 4000},"
                + "{'name': 'village.collective_income_min', 'value': 30000, 'counties': ['640303', '640422']}]}");
        assertThat(scenario.parameters()).containsExactly(
                ParameterOverride.everywhere("household.poverty_line", new BigDecimal("4000")),
                new ParameterOverride("village.collective_income_min", new BigDecimal("30000"),
                        List.of("640303", "640422")));
    }

    @Test
    void badEntriesOfTheListAreNamedWithTheirPlace() {
        assertThat(problems("{'parameters': [{'name': 'household.poverty_lin', 'value': 4000},"
                + "{'name': 'household.poverty_line', 'value': 'high'},"
                + "{'name': 'village.collective_income_min', 'value': 30000, 'counties': []},"
                + "{'name': 'village.collective_income_min', 'value': 30000, 'counties': [640303, ' ']},"
                + "{'name': 'village.collective_income_min', 'value': 30000, 'county': ['640303']},"
                + "{'name': 'household.poverty_line', 'value': 4000}, {'name': 'household.poverty_line', 'value': 1},"
                + "{'name': 'county.missed_max', 'value': 0.1, 'counties': ['640303']},"
                + "{'name': 'county.missed_max', 'value': 0.2, 'counties': ['640422', '640303']}, 7]}"))
                .extracting(InputError::field, InputError::value, InputError::reason).containsExactly(
                        tuple("parameters[0].name", "household.poverty_lin",
                                "no such parameter (see rules/parameters/, e.g. household.poverty_line)"),
                        tuple("parameters[1].value", "\"high\"", "not a number"),
                        tuple("parameters[2].counties", "[]", "give at least one county code, e.g. [\"640303\"] "
                                + "(leave counties out to override every county)"),
                        tuple("parameters[3].counties[0]", "640303", "not a county code (text, e.g. \"640303\")"),
                        tuple("parameters[3].counties[1]", "\" \"", "not a county code (text, e.g. \"640303\")"),
                        tuple("parameters[4].county", null, "unknown key (expected name, value, counties)"),
                        tuple("parameters[6]", "household.poverty_line", "given twice for every county"),
                        tuple("parameters[8]", "county.missed_max", "given twice for county 640303"),
                        tuple("parameters[9]", "7", "an override is an object {name, value, counties}"));
        assertThat(problems("{'parameters': 'household.poverty_line=4000'}"))
                .extracting(InputError::field).containsExactly("parameters");
    }

    @Test
    void wrongValueTypesAreErrors() {
        assertThat(problems("{'changes': [{'level': 'HOUSEHOLD', 'where': {'waterPiped': 'maybe'}, "
                + "'set': {'housingGrade': 'E', 'wageIncome': 'lots', 'foodSecure': 3}, "
                + "'scale': {'housingGrade': 2, 'wageIncome': 'x'}}]}"))
                .extracting(InputError::field).containsExactly(
                        "changes[0].where.waterPiped", "changes[0].set.housingGrade", "changes[0].set.wageIncome",
                        "changes[0].set.foodSecure", "changes[0].scale.housingGrade", "changes[0].scale.wageIncome");
    }

    @Test
    void setValuesAreCheckedAgainstTheirRangeAfterRounding() throws Exception {
        assertThat(problems("{'changes': [{'level': 'HOUSEHOLD', 'set': {'waterOutageDays': 366.6}}]}"))
                .extracting(InputError::field, InputError::reason)
                .containsExactly(tuple("changes[0].set.waterOutageDays", "out of range: must be 0..366"));
        assertThat(scenario("{'changes': [{'level': 'HOUSEHOLD', 'set': {'wageIncome': 10.005}}]}")
                .changes().get(0).set()).containsEntry("wageIncome", new BigDecimal("10.01"));
    }

    @Test
    void badLevelsKeysIdentifiersAndEmptyChangesAreErrors() {
        assertThat(problems("{'nme': 'x', 'changes': [{'level': 'TOWNSHIP', 'set': {'name': 'x'}},"
                + "{'level': 'HOUSEHOLD', 'where': {'id': 'H0001'}},"
                + "{'level': 'VILLAGE', 'set': {'code': 'V9'}, 'multiply': {}},"
                + "{'level': 'HOUSEHOLD', 'set': {'status': null}}]}"))
                .extracting(InputError::field).containsExactly("nme", "changes[0].level", "changes[1]",
                        "changes[2].multiply", "changes[2].set.code", "changes[3].set.status");
    }

    @Test
    void malformedJsonIsLocated() {
        assertThat(problems("{'changes': [")).singleElement()
                .satisfies(error -> assertThat(error.reason()).startsWith("not valid JSON"));
    }
}
