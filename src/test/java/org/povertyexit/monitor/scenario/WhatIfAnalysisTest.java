package org.povertyexit.monitor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.povertyexit.monitor.scenario.ScenarioFixtures.assessment;
import static org.povertyexit.monitor.scenario.ScenarioFixtures.scenario;
import static org.povertyexit.monitor.scenario.ScenarioFixtures.small;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.dataset.CanonicalForm;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.ReportJson;

class WhatIfAnalysisTest {

    private static WhatIfAnalysis analysis;
    private static Report baseline;

    @BeforeAll
    static void baseline() throws Exception {
        analysis = new WhatIfAnalysis(assessment());
        baseline = analysis.baseline(small());
    }

    private static ScenarioResult run(String json) throws Exception {
        return analysis.run(small(), baseline, scenario(json));
    }

    @Test
    void aScenarioWithoutChangesGivesAnEmptyDiff() throws Exception {
        ScenarioDiff diff = run("{'name': 'nothing', 'changes': []}").diff();
        assertThat(diff.flips()).isEmpty();
        assertThat(diff.unchanged()).isTrue();
        assertThat(diff.counts().get("households").get(ExitStatus.EXIT_READY)).isEqualTo(new BeforeAfter<>(2, 2));
    }

    @Test
    void raisingThePovertyLineFlipsExactlyTheHouseholdsBetweenTheLines() throws Exception {
        // H0001 has 3900 a head, H0005 3800: above 3747, below 4000; H0002 (3500) fails either way
        ScenarioResult result = run("{'parameters': {'household.poverty_line': 4000}}");
        assertThat(result.diff().flips()).extracting(Flip::level, Flip::id, Flip::from, Flip::to,
                Flip::criteriaCleared, Flip::criteriaAdded).containsExactly(
                tuple(Level.HOUSEHOLD, "H0001", ExitStatus.EXIT_READY, ExitStatus.NOT_READY, List.of(),
                        List.of("H-INCOME")),
                tuple(Level.HOUSEHOLD, "H0005", ExitStatus.EXIT_READY, ExitStatus.NOT_READY, List.of(),
                        List.of("H-INCOME")));
        assertThat(result.diff().counts().get("households").get(ExitStatus.NOT_READY))
                .isEqualTo(new BeforeAfter<>(1, 3));
        // H0002: 2 × (3747 − 3500 + 0.01) = 494.02 → 2 × (4000 − 3500 + 0.01) = 1000.02, plus H0001 100.01, H0005 200.01
        assertThat(result.diff().remediationGap().get("H-INCOME"))
                .isEqualTo(new BeforeAfter<>(new BigDecimal("494.02"), new BigDecimal("1300.04")));
        assertThat(result.scenario().run().parametersVersion()).isNotEqualTo(baseline.run().parametersVersion());
        assertThat(result.scenario().run().inputSha256()).isEqualTo(baseline.run().inputSha256());
    }

    @Test
    void anOverrideScopedToACountyChangesThatCountyAlone() throws Exception {
        // H0005 (3800 a head) lives in Yuanzhou 640402, H0001 (3900) in Xiji 640422: a line of 4000 in Yuanzhou
        ScenarioResult result = run("{'parameters': [{'name': 'household.poverty_line', 'value': 4000, "
                + "'counties': ['640402']}]}");
        assertThat(result.diff().flips()).extracting(Flip::id, Flip::to, Flip::criteriaAdded)
                .containsExactly(tuple("H0005", ExitStatus.NOT_READY, List.of("H-INCOME")));
        JsonNode flag = ReportJson.MAPPER.valueToTree(result.scenario()).at("/households/4/flags/0");
        assertThat(flag.get("threshold").decimalValue()).isEqualByComparingTo("4000");
        assertThat(result.scenario().run().parametersVersion()).isNotEqualTo(baseline.run().parametersVersion());
    }

    @Test
    void anOverrideWithoutCountiesAppliesInEveryCounty() throws Exception {
        ScenarioResult everywhere = run("{'parameters': [{'name': 'household.poverty_line', 'value': 4000}]}");
        ScenarioResult asObject = run("{'parameters': {'household.poverty_line': 4000}}");
        assertThat(everywhere.diff().flips()).extracting(Flip::id).containsExactly("H0001", "H0005");
        assertThat(everywhere.scenario().run().parametersVersion())
                .isEqualTo(asObject.scenario().run().parametersVersion());
    }

    @Test
    void factChangesFlipHouseholdsAndVillagesWithClearedCriteria() throws Exception {
        ScenarioResult result = run("{'changes': [{'level': 'HOUSEHOLD', "
                + "'where': {'countyCode': '640422', 'housingGrade': ['C', 'D']}, 'set': {'housingGrade': 'B'}},"
                + "{'level': 'VILLAGE', 'where': {'countyCode': '640422'}, 'add': {'collectiveIncome': 20000}}]}");
        assertThat(result.diff().flips()).extracting(Flip::level, Flip::id, Flip::from, Flip::to,
                Flip::criteriaCleared).containsExactly(
                tuple(Level.HOUSEHOLD, "H0002", ExitStatus.WRONG_EXIT_RISK, ExitStatus.WRONG_EXIT_RISK,
                        List.of("H-HOUSING")),
                tuple(Level.HOUSEHOLD, "H0003", ExitStatus.NOT_READY, ExitStatus.EXIT_READY, List.of("H-HOUSING")),
                tuple(Level.VILLAGE, "640422100201", ExitStatus.NOT_READY, ExitStatus.EXIT_READY,
                        List.of("V-COLLECTIVE-INCOME")));
        assertThat(result.diff().remediationGap().get("V-COLLECTIVE-INCOME"))
                .isEqualTo(new BeforeAfter<>(new BigDecimal("5000.00"), BigDecimal.ZERO));
        assertThat(result.scenario().run().inputSha256()).isEqualTo(CanonicalForm.sha256(
                analysis.prepare(small(), scenario("{'changes': [{'level': 'HOUSEHOLD', "
                + "'where': {'countyCode': '640422', 'housingGrade': ['C', 'D']}, 'set': {'housingGrade': 'B'}},"
                + "{'level': 'VILLAGE', 'where': {'countyCode': '640422'}, 'add': {'collectiveIncome': 20000}}]}"))
                        .facts()));
    }

    @Test
    void theResultDocumentHasBaselineScenarioAndDiff() throws Exception {
        ScenarioResult result = analysis.run(small(), "req.json", new ByteArrayInputStream(
                "{\"parameters\": {\"household.poverty_line\": 4000}}".getBytes(StandardCharsets.UTF_8)));
        JsonNode json = ReportJson.MAPPER.readTree(ReportJson.MAPPER.writeValueAsString(result));
        assertThat(json.fieldNames()).toIterable().containsExactly("baseline", "scenario", "diff");
        assertThat(json.at("/diff").fieldNames()).toIterable().containsExactly("counts", "flips", "remediationGap");
        assertThat(json.at("/diff/counts/households/NOT_READY/scenario").asInt()).isEqualTo(3);
        assertThat(json.at("/diff/flips/0/criteriaAdded/0").asText()).isEqualTo("H-INCOME");
        assertThat(json.at("/diff/remediationGap/H-INCOME/baseline").decimalValue())
                .isEqualByComparingTo("494.02");
        assertThat(json.at("/baseline/summary/households/EXIT_READY").asInt()).isEqualTo(2);
    }
}
