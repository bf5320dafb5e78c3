package org.povertyexit.monitor.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.CountyReport;

class ReportRunsTest {

    @Test
    void remediationKeysSortAsTheReportOrdersItems() {
        List<RemediationItem> items = new ArrayList<>();
        for (Level level : Level.values()) {
            for (String entity : List.of("H1", "H10", "H1-2", "H2", "640402", "6404021")) {
                for (String criterion : List.of("H-INCOME", "H-INCOME-X", "M-SHOCK", "C-MISSED")) {
                    items.add(new RemediationItem(level, entity, criterion, Severity.BLOCKING,
                            Department.AGRICULTURE, "农业农村", "…", "…", null, null));
                }
            }
        }
        Collections.shuffle(items, new Random(7));
        List<RemediationItem> expected = new ArrayList<>(items);
        expected.sort(RemediationItem.ORDER);

        List<String> keyed = ReportRuns.remediation(new CountyReport(List.of(), List.of(), null, items)).stream()
                .map(entry -> new String(entry.json(), StandardCharsets.UTF_8)).toList();

        assertThat(keyed).isEqualTo(expected.stream().map(ReportRunsTest::json).toList());
    }

    private static String json(RemediationItem item) {
        return new String(ReportRuns.remediation(new CountyReport(List.of(), List.of(), null, List.of(item))).get(0).json(),
                StandardCharsets.UTF_8);
    }
}
