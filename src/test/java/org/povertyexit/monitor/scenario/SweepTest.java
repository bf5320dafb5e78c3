package org.povertyexit.monitor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.povertyexit.monitor.scenario.ScenarioFixtures.assessment;
import static org.povertyexit.monitor.scenario.ScenarioFixtures.small;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.Report;

class SweepTest {

    @Test
    void parsesAnInclusiveRangeWithExactDecimals() {
        SweepRange range = SweepRange.parse("village.incidence_max.west=0.01:0.03:0.005");
        assertThat(range.parameter()).isEqualTo("village.incidence_max.west");
        assertThat(range.values()).extracting(BigDecimal::toPlainString)
                .containsExactly("0.01", "0.015", "0.020", "0.025", "0.030");
        assertThat(SweepRange.parse("household.poverty_line=3500:4500:100").values()).hasSize(11);
    }

    @Test
    void rejectsMalformedRanges() {
        assertThatThrownBy(() -> SweepRange.parse("household.poverty_line=3500-4500")).hasMessageContaining("NAME=FROM:TO:STEP");
        assertThatThrownBy(() -> SweepRange.parse("p=4500:3500:100")).hasMessageContaining("above");
        assertThatThrownBy(() -> SweepRange.parse("p=1:2:0")).hasMessageContaining("step");
        assertThatThrownBy(() -> SweepRange.parse("p=0:100000:1")).hasMessageContaining("more than 1000");
        assertThatThrownBy(() -> SweepRange.parse("p=a:b:c")).hasMessageContaining("numbers");
    }

    @Test
    void thePointAtTheBaselineValueEqualsTheBaselineReport() throws Exception {
        ParameterSet parameters = assessment().parametersFor(small().meta());
        Report baseline = assessment().assess(small());
        SweepResult result = new Sweep(assessment().rules(), 2).run(small(), parameters,
                SweepRange.parse("household.poverty_line=3647:4047:50"), null);
        assertThat(result.baselineValue()).isEqualByComparingTo("3747");
        assertThat(result.points()).extracting(SweepPoint::value).map(BigDecimal::intValue)
                .containsExactly(3647, 3697, 3747, 3797, 3847, 3897, 3947, 3997, 4047);
        SweepPoint atBaseline = result.points().get(2);
        assertThat(atBaseline.counts()).isEqualTo(baseline.summary());
        assertThat(atBaseline.remediationGap()).isEqualTo(ReportTotals.of(baseline).remediationGap());
        // H0005 (3800 a head) fails from 3847 on, H0001 (3900) from 3947 on
        assertThat(result.points()).extracting(p -> p.counts().get("households").get(ExitStatus.EXIT_READY))
                .containsExactly(2, 2, 2, 2, 1, 1, 0, 0, 0);
    }

    @Test
    void parallelAndSequentialSweepsAgree() throws Exception {
        ParameterSet parameters = assessment().parametersFor(small().meta());
        SweepRange range = SweepRange.parse("village.collective_income_min=40000:60000:5000");
        SweepResult one = new Sweep(assessment().rules(), 1).run(small(), parameters, range, null);
        SweepResult two = new Sweep(assessment().rules(), 2).run(small(), parameters, range, null);
        assertThat(two).isEqualTo(one);
        assertThat(one.points()).extracting(p -> p.counts().get("villages").get(ExitStatus.NOT_READY))
                .containsExactly(0, 0, 1, 1, 1); // V201 has 45000 (fails from 50000 on), V202 60000 (passes: ≥)
    }
}
