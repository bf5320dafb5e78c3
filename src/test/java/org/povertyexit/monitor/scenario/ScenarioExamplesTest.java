package org.povertyexit.monitor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.report.Report;

/** The shipped examples stay valid and keep showing what they are about on the shipped sample. */
class ScenarioExamplesTest {

    private static final Path EXAMPLES = Path.of("data/ningxia-2019/scenarios");
    private static WhatIfAnalysis analysis;
    private static Dataset sample;
    private static Report baseline;

    @BeforeAll
    static void evaluateTheSample() throws Exception {
        analysis = new WhatIfAnalysis(ExitAssessment.load(Path.of("rules")));
        sample = new DatasetLoader().load(Path.of("data/ningxia-2019/dataset.json"));
        baseline = analysis.baseline(sample);
    }

    private static ScenarioDiff diffOf(String file) throws Exception {
        Scenario scenario = analysis.reader().read(EXAMPLES.resolve(file));
        return analysis.run(sample, baseline, scenario).diff();
    }

    @Test
    void everyExampleReadsAndAppliesToTheSample() throws Exception {
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        for (Path example : examples) {
            assertThat(diffOf(example.getFileName().toString())).as(example.toString()).isNotNull();
        }
    }

    @Test
    void repairingYuanzhousDangerousHousesClearsHousingOnly() throws Exception {
        ScenarioDiff diff = diffOf("yuanzhou-housing-repair.json");
        assertThat(diff.flips()).isNotEmpty().allSatisfy(flip -> {
            assertThat(flip.criteriaCleared()).containsExactly("H-HOUSING");
            assertThat(flip.criteriaAdded()).isEmpty();
        });
    }

    @Test
    void moreCollectiveIncomeInXijiShrinksTheGapByWhatWasAdded() throws Exception {
        BeforeAfter<BigDecimal> gap = diffOf("xiji-collective-income.json").remediationGap().get("V-COLLECTIVE-INCOME");
        // one Xiji village short of the 50000 minimum: +20000 narrows its gap by exactly 20000
        assertThat(gap.baseline().subtract(gap.scenario())).isEqualByComparingTo("20000");
    }

    @Test
    void aLowerMinimumInTongxinAloneClearsItsVillageAndLeavesXijisShortfall() throws Exception {
        ScenarioDiff diff = diffOf("tongxin-local-collective-income.json");
        // the sample's two villages below 50000: Tongxin's 14900 now passes, Xiji's 21500 keeps the default
        assertThat(diff.flips()).singleElement().satisfies(flip -> {
            assertThat(flip.id()).isEqualTo("640324100200");
            assertThat(flip.criteriaCleared()).containsExactly("V-COLLECTIVE-INCOME");
        });
        assertThat(diff.remediationGap().get("V-COLLECTIVE-INCOME").scenario()).isEqualByComparingTo("28500");
    }

    @Test
    void aHigherLineOnlyAddsIncomeFailures() throws Exception {
        ScenarioDiff diff = diffOf("poverty-line-4000.json");
        assertThat(diff.flips()).isNotEmpty()
                .allSatisfy(flip -> assertThat(flip.criteriaCleared()).isEmpty());
    }
}
