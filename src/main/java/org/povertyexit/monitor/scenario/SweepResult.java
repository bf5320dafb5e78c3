package org.povertyexit.monitor.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.povertyexit.monitor.report.ExitStatus;

/** A sweep's points, sorted by value; {@code baselineValue} is the parameter's value without the sweep. */
public record SweepResult(String parameter, BigDecimal baselineValue, String scenario, List<SweepPoint> points) {

    /** The readable form: one row per value, a column per level and status, then per gap criterion. */
    public String table() {
        TextTable table = new TextTable();
        List<String> header = new ArrayList<>(List.of(parameter));
        SweepPoint first = points.get(0);
        first.counts().forEach((level, statuses) -> statuses.keySet()
                .forEach(status -> header.add(abbreviation(level, status))));
        TreeSet<String> criteria = new TreeSet<>();
        points.forEach(point -> criteria.addAll(point.remediationGap().keySet()));
        criteria.forEach(criterion -> header.add("gap " + criterion));
        table.row(header);
        for (SweepPoint point : points) {
            List<String> row = new ArrayList<>(List.of(point.value().toPlainString()
                    + (point.value().compareTo(baselineValue) == 0 ? " *" : "")));
            first.counts().forEach((level, statuses) -> statuses.keySet()
                    .forEach(status -> row.add(String.valueOf(point.counts().get(level).get(status)))));
            criteria.forEach(criterion -> row.add(point.remediationGap().getOrDefault(criterion, BigDecimal.ZERO)
                    .toPlainString()));
            table.row(row);
        }
        return table + "(* the value in force; columns: level/status, e.g. h:EXIT_READY = households EXIT_READY)\n";
    }

    private static String abbreviation(String level, ExitStatus status) {
        return level.charAt(0) + ":" + status;
    }
}
