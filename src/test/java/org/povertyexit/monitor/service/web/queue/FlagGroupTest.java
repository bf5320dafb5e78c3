package org.povertyexit.monitor.service.web.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.service.monitoring.MonitoringRow;
import org.povertyexit.monitor.service.web.RowPage;

/** Each flag's group pages on its own: its page parameter moves it alone, within its rows. */
class FlagGroupTest {

    private static MonitoringRow row(String flag, int n) {
        return new MonitoringRow(flag, String.format("H%07d", n), null, "640422100200", "张家堡村", "640422", "西吉县",
                ExitStatus.STABLE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN);
    }

    @Test
    void aGroupsPageParameterMovesThatGroupAlone() {
        List<MonitoringRow> rows = new ArrayList<>();
        for (int n = 1; n <= 120; n++) {
            rows.add(row("M-UNSTABLE", n));
        }
        rows.add(row("M-EDGE", 500));
        List<FlagGroup> groups = FlagGroup.of(List.of("M-EDGE", "M-SHOCK", "M-UNSTABLE"), rows,
                Map.of("M-UNSTABLE", 3, "M-EDGE", 9), 50);
        assertThat(groups).extracting(FlagGroup::flag).containsExactly("M-EDGE", "M-SHOCK", "M-UNSTABLE");
        assertThat(groups).extracting(FlagGroup::count).containsExactly(1, 0, 120);
        RowPage<MonitoringRow> unstable = groups.get(2).page();
        assertThat(unstable.number()).isEqualTo(3);
        assertThat(unstable.pages()).isEqualTo(3);
        assertThat(unstable.rows()).extracting(MonitoringRow::householdId).hasSize(20)
                .startsWith("H0000101").endsWith("H0000120");
        assertThat(unstable.first()).isEqualTo(101);
        assertThat(unstable.last()).isEqualTo(120);
        // a page past the end shows the last one; an empty group is one empty page
        assertThat(groups.get(0).page().number()).isEqualTo(1);
        assertThat(groups.get(1).page().rows()).isEmpty();
        assertThat(groups.get(1).page().first()).isZero();
        assertThat(groups.get(2).pageParameter()).isEqualTo("page.M-UNSTABLE");
    }

    @Test
    void aPagerShowsTheEndsAndTheNeighboursWithGapsBetween() {
        List<Integer> many = new ArrayList<>();
        for (int n = 0; n < 1000; n++) {
            many.add(n);
        }
        assertThat(RowPage.of(many, 10, 50).shown()).containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 20);
        assertThat(RowPage.of(many, 1, 50).shown()).containsExactly(1, 2, 3, 0, 20);
        assertThat(RowPage.of(many, 0, 50).number()).isEqualTo(1);
    }
}
