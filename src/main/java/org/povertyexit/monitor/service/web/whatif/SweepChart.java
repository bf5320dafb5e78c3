package org.povertyexit.monitor.service.web.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.scenario.SweepPoint;
import org.povertyexit.monitor.service.scenario.RunSweeps;
import org.povertyexit.monitor.service.web.Chart;

/**
 * A sweep as the page draws it: ready households, villages and counties against the parameter's value,
 * the value in force marked. When the value in force is off the sweep's grid, its point is the stored
 * run's own (no evaluation: the run already is that evaluation), so the mark always sits on a point.
 */
public record SweepChart(String parameter, String unit, List<Row> rows, Row inForce, long millis, int evaluated) {

    private static final List<String> LEVELS = List.of("households", "villages", "counties");

    /** One value: its counts per level and status, whether it is the value in force, whether it was stored. */
    public record Row(SweepPoint point, boolean inForce, boolean stored) {
        public int count(String level, ExitStatus status) {
            return point.counts().getOrDefault(level, Map.of()).getOrDefault(status, 0);
        }
    }

    static SweepChart of(RunSweeps.Swept swept) {
        SweepPoint marked = swept.inForce();
        List<Row> rows = new ArrayList<>();
        Row inForce = null;
        for (SweepPoint point : swept.sweep().points()) {
            Row row = new Row(point, point.value().compareTo(marked.value()) == 0, false);
            rows.add(row);
            inForce = row.inForce() ? row : inForce;
        }
        if (inForce == null) {
            inForce = new Row(marked, true, true);
            rows.add(inForce);
            rows.sort(Comparator.comparing(row -> row.point().value()));
        }
        return new SweepChart(swept.sweep().parameter(), swept.sweep().unit(), List.copyOf(rows), inForce,
                swept.millis(), swept.sweep().points().size());
    }

    /** Ready (可退出) households, villages and counties per value; the value in force marked. */
    public Chart chart(Labels labels) {
        List<Chart.Series> series = new ArrayList<>();
        for (String level : LEVELS) {
            series.add(new Chart.Series(labels.text("page.whatif.sweep.ready." + level),
                    rows.stream().map(row -> row.count(level, ExitStatus.EXIT_READY)).toList()));
        }
        return Chart.lines(rows.stream().map(row -> row.point().value().toPlainString()).toList(), series,
                inForce.point().value(), labels.text("page.whatif.sweep.inForce",
                        inForce.point().value().toPlainString()));
    }

    /** The statuses the table lists for a level, in report order. */
    public List<ExitStatus> statuses(String level) {
        return List.copyOf(rows.get(0).point().counts().getOrDefault(level, Map.of()).keySet());
    }

    public List<String> levels() {
        return LEVELS;
    }
}
