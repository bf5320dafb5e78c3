package org.povertyexit.monitor.service.web.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.ledger.LedgerCounts;
import org.povertyexit.monitor.ledger.LedgerPoint;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.service.web.Chart;

/**
 * Open against closed over the runs of the series, for every department or one: after each run, its items
 * open, closed (已销号) and gone, stacked, so that the bar is every item listed so far and its red part
 * what is left to do. The colours are the statuses' colours in the entries' table.
 */
final class LedgerChart {

    private static final LedgerCounts NONE = new LedgerCounts(0, 0, 0, 0);

    private LedgerChart() {
    }

    static Chart of(List<LedgerPoint> runs, Department department, Labels labels) {
        List<LedgerCounts> counts = runs.stream().map(point -> department == null ? point.total()
                : point.byDepartment().getOrDefault(department, NONE)).toList();
        return Chart.stacked(categories(runs), List.of(
                series(labels.text("ledger.status.OPEN"), counts, LedgerCounts::open, "#dc3545"),
                series(labels.text("ledger.status.CLOSED"), counts, LedgerCounts::closed, "#198754"),
                series(labels.text("ledger.status.GONE"), counts, LedgerCounts::gone, "#adb5bd")));
    }

    /** Each run by its assessment date; a date assessed again is numbered (2019-12-31 #2). */
    private static List<String> categories(List<LedgerPoint> runs) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> categories = new ArrayList<>(runs.size());
        for (LedgerPoint point : runs) {
            String date = point.assessmentDate().toString();
            int times = seen.merge(date, 1, Integer::sum);
            categories.add(times == 1 ? date : date + " #" + times);
        }
        return categories;
    }

    private static Chart.Series series(String name, List<LedgerCounts> counts, ToIntFunction<LedgerCounts> count,
                                       String color) {
        return new Chart.Series(name, counts.stream().map(count::applyAsInt).toList(), color);
    }
}
