package org.povertyexit.monitor.ruletest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.evaluation.Facts;

/**
 * The policy expert's rule test cases ({@code rules/tests/*.yaml}), one dynamic test each, failing with
 * the mismatches; and proof that the runner can fail.
 */
class RuleTestCasesTest {

    private static final List<String> CRITERIA = List.of("H-INCOME", "H-FOOD-CLOTHING", "H-EDUCATION",
            "H-MEDICAL-INSURANCE", "H-MEDICAL-SELFPAY", "H-HOUSING", "H-WATER", "M-UNSTABLE", "M-EDGE", "M-SHOCK",
            "D-SUBSIDY-CAP", "D-INCOME-MISMATCH", "V-INCIDENCE", "V-COLLECTIVE-INCOME", "V-INDUSTRY", "V-ROAD",
            "V-POWER", "V-CLINIC", "C-INCIDENCE", "C-WRONG-EXIT", "C-MISSED", "C-RECOGNITION");

    private final ExitAssessment assessment = Facts.assessment();
    private final RuleTestRunner runner = new RuleTestRunner(assessment);

    private List<RuleTestCase> cases() throws IOException {
        return RuleTestFiles.read(assessment.source().under("tests"));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleTestCasePasses() throws IOException {
        return cases().stream().map(testCase -> DynamicTest.dynamicTest(testCase.displayName(), () -> {
            RuleTestResult result = runner.run(testCase);
            assertThat(result.mismatches()).as(testCase.displayName()).isEmpty();
        }));
    }

    @Test
    void everyCriterionCodeIsExpectedToFailSomewhere() throws IOException {
        String expectations = cases().stream().map(c -> c.expect().toString()).reduce("", String::concat);
        for (String code : CRITERIA) {
            assertThat(expectations).as(code).contains("\"" + code + "\"");
        }
    }

    private static Map<String, String> files(String caseFile) {
        return Map.of(RuleTestFiles.DEFAULTS, Facts.assessment().source().under("tests").get("defaults.yaml"),
                "wrong.yaml", caseFile);
    }

    @Test
    void aWrongExpectationIsReportedWithTheMismatch() throws IOException {
        List<RuleTestCase> cases = RuleTestFiles.read(files("""
                cases:
                  - name: expects a pass where the income is exactly on the line
                    households: [{id: H1, wageIncome: 3747.00}]
                    expect:
                      households: {H1: {status: EXIT_READY, failed: []}}
                      remediation: [{entityId: H1, criterion: H-HOUSING}]
                """));

        RuleTestResult result = runner.run(cases.get(0));

        assertThat(result.passed()).isFalse();
        assertThat(result.mismatches()).containsExactly(
                "H1.status: expected \"EXIT_READY\", got \"NOT_READY\"",
                "H1.failed: expected [], got [\"H-INCOME\"]",
                "remediation: no item matches {\"entityId\":\"H1\",\"criterion\":\"H-HOUSING\"}");
    }

    @Test
    void aCaseWithoutExpectationsFails() throws IOException {
        RuleTestCase testCase = RuleTestFiles.read(files("cases: [{name: expects nothing}]")).get(0);

        assertThat(runner.run(testCase).mismatches()).containsExactly("the case expects nothing: add an expect section");
    }

    @Test
    void invalidFactsAreReportedAsMismatches() throws IOException {
        RuleTestCase testCase = RuleTestFiles.read(files("""
                cases:
                  - name: a misspelt enum value
                    households: [{id: H1, housingGrade: E}]
                    expect: {households: {H1: {status: NOT_READY}}}
                """)).get(0);

        List<String> mismatches = runner.run(testCase).mismatches();

        assertThat(mismatches).hasSize(1);
        assertThat(mismatches.get(0)).startsWith("invalid facts: ").contains("housingGrade").contains("\"E\"");
    }

    @Test
    void anUnknownParameterFailsTheCase() throws IOException {
        RuleTestCase testCase = RuleTestFiles.read(files("""
                cases:
                  - name: misspelt parameter
                    parameters: {household.povertyline: 4000}
                    expect: {households: {H1: {status: EXIT_READY}}}
                """)).get(0);

        assertThat(runner.run(testCase).mismatches()).singleElement().asString().contains("household.povertyline");
    }

    @Test
    void badOverridesAreNamedWithTheirFileCaseAndPlace() {
        assertThatThrownBy(() -> RuleTestFiles.read(files("""
                cases:
                  - name: an empty scope
                    parameters: [{name: village.collective_income_min, value: 30000, counties: []}]
                    expect: {villages: {V1: {status: EXIT_READY}}}
                """))).isInstanceOf(IOException.class).hasMessageContaining("rules/tests/wrong.yaml")
                .hasMessageContaining("case \"an empty scope\"").hasMessageContaining("parameters[0].counties []");
        assertThatThrownBy(() -> RuleTestFiles.read(files("""
                cases:
                  - name: not a number
                    parameters: {household.poverty_line: high}
                    expect: {households: {H1: {status: EXIT_READY}}}
                """))).isInstanceOf(IOException.class)
                .hasMessageContaining("parameters.household.poverty_line \"high\": not a number");
    }

    @Test
    void badYamlIsNamedByFile() {
        assertThatThrownBy(() -> RuleTestFiles.read(files("cases: [{name: x, expect: {")))
                .isInstanceOf(IOException.class).hasMessageContaining("rules/tests/wrong.yaml");
    }

    @Test
    void missingDefaultsAreReported() {
        assertThatThrownBy(() -> RuleTestFiles.read(Map.of("a.yaml", "cases: []")))
                .isInstanceOf(IOException.class).hasMessageContaining("defaults.yaml");
    }
}
