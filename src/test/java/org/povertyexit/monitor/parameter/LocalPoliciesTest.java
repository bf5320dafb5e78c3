package org.povertyexit.monitor.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.Hashes;
import org.povertyexit.monitor.rules.RuleSource;

/**
 * Parameter values scoped to counties (local policies): how the files give them, which value a county
 * takes on a date, the version, scenario overrides with and without counties, and how a run stores them.
 */
class LocalPoliciesTest {

    private static final String NAME = "village.collective_income_min";
    private static final String HONGSIBU = "640303";
    private static final String XIJI = "640422";
    private static final String ELSEWHERE = "640104";

    /** A default that changes in 2020, and two local policies: Hongsibu from 2019, both counties from July. */
    private static final String INCOME = """
            description: collective income
            unit: yuan
            values:
              - {from: 2014-01-01, value: 50000, source: 'seed article'}
              - {from: 2020-01-01, value: 55000, source: 'later default'}
              - {from: 2019-01-01, value: 30000, counties: ['640303'], source: 'Hongsibu plan'}
              - {from: 2019-07-01, value: 35000, counties: ['640303', '640422'], source: 'joint plan', verified: true}
            """;

    private static ParameterTree tree(String text) {
        return ParameterTree.load(Map.of("village/collective_income_min.yaml", text));
    }

    private static BigDecimal valueIn(String county, LocalDate date) {
        return tree(INCOME).effectiveOn(date).forCounty(county).value(NAME);
    }

    @Test
    void aValueWithCountiesLoadsAsALocalPolicyBesideTheDefaults() {
        ParameterDefinition definition = tree(INCOME).definitions().get(NAME);

        assertThat(definition.values()).filteredOn(DatedValue::scoped).extracting(DatedValue::counties)
                .containsExactly(List.of(HONGSIBU), List.of(HONGSIBU, XIJI));
        assertThat(definition.values()).filteredOn(value -> !value.scoped()).extracting(DatedValue::value)
                .containsExactly(new BigDecimal("50000"), new BigDecimal("55000"));
        assertThat(definition.counties()).containsExactly(HONGSIBU, XIJI);
    }

    @Test
    void countiesThatAreNotAListOfCodesAreRejectedNamingTheFile() {
        String aDefault = "values:\n  - {from: 2019-01-01, value: 3}\n";
        Map<String, String> files = Map.of(
                "a/empty.yaml", aDefault + "  - {from: 2019-01-01, value: 2, counties: []}\n",
                "a/number.yaml", aDefault + "  - {from: 2019-01-01, value: 2, counties: [640303]}\n",
                "a/scalar.yaml", aDefault + "  - {from: 2019-01-01, value: 2, counties: '640303'}\n",
                "a/null.yaml", aDefault + "  - {from: 2019-01-01, value: 2, counties: null}\n",
                "a/twice.yaml", aDefault + "  - {from: 2019-01-01, value: 2, counties: ['1', '1']}\n",
                "a/no_default.yaml", "values:\n  - {from: 2019-01-01, value: 2, counties: ['640303']}\n",
                "a/same_day.yaml", aDefault + "  - {from: 2019-01-01, value: 2, counties: ['1']}\n"
                        + "  - {from: 2019-01-01, value: 4, counties: ['2', '1']}\n",
                "a/good.yaml", aDefault + "  - {from: 2019-01-01, value: 2, counties: ['1']}\n");

        assertThatThrownBy(() -> ParameterTree.load(files))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameters/a/empty.yaml: values[1].counties: give a list of at least one")
                .hasMessageContaining("parameters/a/number.yaml: values[1].counties: 640303 is not a county code")
                .hasMessageContaining("parameters/a/scalar.yaml: values[1].counties: give a list")
                .hasMessageContaining("parameters/a/null.yaml: values[1].counties: give a list")
                .hasMessageContaining("parameters/a/twice.yaml: values[1].counties: county 1 is listed twice")
                .hasMessageContaining("parameters/a/no_default.yaml: every value lists counties")
                .hasMessageContaining("parameters/a/same_day.yaml: county 1 has two values from 2019-01-01")
                .hasMessageNotContaining("good.yaml");
    }

    @Test
    void aCountyTakesItsLatestLocalValueInForceElseTheDefault() {
        // before its local policy takes effect, Hongsibu has the default; then its own value
        assertThat(valueIn(HONGSIBU, LocalDate.of(2018, 12, 31))).isEqualByComparingTo("50000");
        assertThat(valueIn(HONGSIBU, LocalDate.of(2019, 1, 1))).isEqualByComparingTo("30000");
        assertThat(valueIn(HONGSIBU, LocalDate.of(2019, 7, 1))).isEqualByComparingTo("35000");
        // a later default does not displace a local value in force
        assertThat(valueIn(HONGSIBU, LocalDate.of(2020, 6, 1))).isEqualByComparingTo("35000");
        // a second county joins in July; a county without a local value follows the defaults
        assertThat(valueIn(XIJI, LocalDate.of(2019, 6, 30))).isEqualByComparingTo("50000");
        assertThat(valueIn(XIJI, LocalDate.of(2019, 7, 1))).isEqualByComparingTo("35000");
        assertThat(valueIn(ELSEWHERE, LocalDate.of(2019, 7, 1))).isEqualByComparingTo("50000");
        assertThat(valueIn(ELSEWHERE, LocalDate.of(2020, 6, 1))).isEqualByComparingTo("55000");
    }

    @Test
    void theValueACountyTakesCarriesItsScopeAndSourceAndTheDefaultNone() {
        ParameterSet set = tree(INCOME).effectiveOn(LocalDate.of(2019, 12, 31));

        EffectiveParameter local = set.forCounty(HONGSIBU).get(NAME);
        assertThat(local.counties()).containsExactly(HONGSIBU, XIJI);
        assertThat(local.source()).isEqualTo("joint plan");
        assertThat(local.effectiveFrom()).isEqualTo(LocalDate.of(2019, 7, 1));
        assertThat(local.verified()).isTrue();
        EffectiveParameter fallback = set.forCounty(ELSEWHERE).get(NAME);
        assertThat(fallback.counties()).isNull();
        assertThat(fallback.source()).isEqualTo("seed article");
        assertThat(set.get(NAME)).isEqualTo(fallback);
        assertThat(set.scoped(NAME)).containsExactly(local);
    }

    @Test
    void theDefinitionSaysHowLongEachValueHeld() {
        ParameterDefinition definition = tree(INCOME).definitions().get(NAME);
        List<DatedValue> values = definition.values();

        assertThat(definition.until(values.get(0))).isEqualTo(LocalDate.of(2019, 12, 31));   // the next default
        assertThat(definition.until(values.get(1))).isEqualTo(LocalDate.of(2019, 6, 30));    // Hongsibu's own
        assertThat(definition.until(values.get(2))).isNull();
        assertThat(definition.until(values.get(3))).isNull();
    }

    @Test
    void withoutLocalValuesTheVersionIsTheHashOfTheDefaultsAsBefore() throws IOException {
        ParameterSet shipped = ParameterTree.load(RuleSource.folder(Path.of("rules")).under("parameters"))
                .effectiveOn(LocalDate.of(2019, 12, 31));
        StringBuilder lines = new StringBuilder();
        shipped.defaults().forEach(p -> lines.append(p.name()).append('=')
                .append(p.value().stripTrailingZeros().toPlainString()).append('\n'));

        assertThat(shipped.scoped()).isEmpty();
        assertThat(shipped.version()).isEqualTo(Hashes.sha256(lines.toString()));
        // a local value not yet in force on the date changes nothing either
        assertThat(tree(INCOME).effectiveOn(LocalDate.of(2018, 12, 31)).version())
                .isEqualTo(tree(INCOME.lines().limit(5).reduce("", (a, b) -> a + b + "\n"))
                        .effectiveOn(LocalDate.of(2018, 12, 31)).version());
    }

    @Test
    void localValuesInForceChangeTheVersion() {
        String withoutLocal = INCOME.lines().limit(5).reduce("", (a, b) -> a + b + "\n");
        LocalDate date = LocalDate.of(2019, 12, 31);
        String otherCounty = INCOME.replace("counties: ['640303'],", "counties: ['640302'],");

        assertThat(tree(INCOME).effectiveOn(date).version())
                .isNotEqualTo(tree(withoutLocal).effectiveOn(date).version())
                .isNotEqualTo(tree(otherCounty).effectiveOn(date).version());
    }

    @Test
    void anOverrideWithoutCountiesReplacesTheParameterEverywhereLocalValuesIncluded() {
        ParameterSet set = tree(INCOME).effectiveOn(LocalDate.of(2019, 12, 31));

        ParameterSet everywhere = set.withOverrides(
                List.of(ParameterOverride.everywhere(NAME, new BigDecimal("60000"))));

        for (String county : List.of(HONGSIBU, XIJI, ELSEWHERE)) {
            EffectiveParameter value = everywhere.forCounty(county).get(NAME);
            assertThat(value.value()).as(county).isEqualByComparingTo("60000");
            assertThat(value.overridden()).isTrue();
            assertThat(value.counties()).isNull();
        }
        assertThat(everywhere.scoped()).isEmpty();
        assertThat(set.forCounty(HONGSIBU).value(NAME)).as("the set overridden is left as it was")
                .isEqualByComparingTo("35000");
    }

    @Test
    void anOverrideWithCountiesReplacesTheValueThereAloneWhateverItsOrder() {
        ParameterSet set = tree(INCOME).effectiveOn(LocalDate.of(2019, 12, 31));
        ParameterOverride inXiji = new ParameterOverride(NAME, new BigDecimal("20000"), List.of(XIJI, ELSEWHERE));

        ParameterSet scoped = set.withOverrides(List.of(inXiji));
        ParameterSet both = set.withOverrides(List.of(inXiji, ParameterOverride.everywhere(NAME, BigDecimal.ONE)));

        assertThat(scoped.forCounty(XIJI).get(NAME).value()).isEqualByComparingTo("20000");
        assertThat(scoped.forCounty(XIJI).get(NAME).counties()).containsExactly(ELSEWHERE, XIJI);
        assertThat(scoped.forCounty(XIJI).get(NAME).overridden()).isTrue();
        assertThat(scoped.forCounty(ELSEWHERE).value(NAME)).isEqualByComparingTo("20000");
        assertThat(scoped.forCounty(HONGSIBU).get(NAME).value()).isEqualByComparingTo("35000");
        assertThat(scoped.forCounty(HONGSIBU).get(NAME).counties()).containsExactly(HONGSIBU);
        assertThat(scoped.value(NAME)).as("the default").isEqualByComparingTo("50000");
        assertThat(both.forCounty(XIJI).value(NAME)).isEqualByComparingTo("20000");
        assertThat(both.forCounty(HONGSIBU).value(NAME)).isEqualByComparingTo("1");
        assertThatThrownBy(() -> set.withOverrides(List.of(new ParameterOverride("village.no_such", BigDecimal.ONE,
                List.of(XIJI))))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("village.no_such");
    }

    @Test
    void aRunStoresItsLocalValuesAndRebuildsThemAsTheyWere() throws IOException {
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        ParameterSet set = tree(INCOME).effectiveOn(LocalDate.of(2019, 12, 31))
                .withOverrides(List.of(new ParameterOverride(NAME, new BigDecimal("20000"), List.of(ELSEWHERE))));

        String stored = json.writeValueAsString(set.all());
        ParameterSet rebuilt = ParameterSet.of(List.of(json.readValue(stored, EffectiveParameter[].class)));

        assertThat(rebuilt.all()).isEqualTo(set.all());
        assertThat(rebuilt.version()).isEqualTo(set.version());
        assertThat(rebuilt.forCounty(ELSEWHERE).get(NAME).overridden()).isTrue();
        assertThat(json.readTree(stored).get(0).has("counties")).as("a default leaves counties out").isFalse();
        assertThat(json.readTree(stored).get(1).get("counties").toString()).isEqualTo("[\"640104\"]");
    }
}
