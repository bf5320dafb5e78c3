package org.povertyexit.monitor.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.ReportSummary;

/**
 * A sweep's points, sorted by value; {@code baselineValue} is the parameter's value without the sweep,
 * {@code unit} its unit, {@code gapUnits} the unit of each criterion's remediation gap.
 */
public record SweepResult(String parameter, String unit, BigDecimal baselineValue, String scenario,
                          List<SweepPoint> points, Map<String, String> gapUnits) {

    /**
     * The readable form, within 120 columns: one row per value; a column per level and status whose count
     * moves over the sweep, then per criterion whose gap moves (with its unit); what stays the same is said
     * once below, as is where the value in force lies.
     */
    public String table(Labels labels) {
        List<Column> counts = new ArrayList<>();
        List<Column> gaps = new ArrayList<>();
        List<String> constant = new ArrayList<>();
        SweepPoint first = points.get(0);
        first.counts().forEach((level, statuses) -> statuses.keySet().forEach(status -> sort(new Column(
                level.charAt(0) + ":" + shortName(status), "", labels.text("scenario.count",
                        labels.level(ReportSummary.level(level)), labels.status(status)),
                point -> String.valueOf(point.counts().get(level).get(status))), counts, constant)));
        TreeSet<String> criteria = new TreeSet<>();
        points.forEach(point -> criteria.addAll(point.remediationGap().keySet()));
        for (String criterion : criteria) {
            sort(new Column(criterion, labels.unit(gapUnits.get(criterion)), labels.text("scenario.gap", criterion,
                    labels.unit(gapUnits.get(criterion))),
                    point -> point.remediationGap().getOrDefault(criterion, BigDecimal.ZERO).toPlainString()),
                    gaps, constant);
        }
        List<Column> all = new ArrayList<>(counts);
        all.addAll(gaps);
        String table = table(all);
        if (table.lines().anyMatch(line -> line.length() > TextTable.WIDTH)) {
            table = table(counts) + "\n" + table(gaps);
        }
        boolean onGrid = points.stream().anyMatch(point -> point.value().compareTo(baselineValue) == 0);
        StringBuilder notes = new StringBuilder();
        notes.append(labels.text("sweep.unit", parameter, unit == null ? "" : unit))
                .append(labels.text(onGrid ? "sweep.on-grid" : "sweep.off-grid", baselineValue.toPlainString()))
                .append('\n').append(labels.text("sweep.legend")).append('\n');
        if (!constant.isEmpty()) {
            notes.append(labels.text("sweep.constant", String.join(labels.text("summary.separator"), constant)))
                    .append('\n');
        }
        return table + wrapped(notes.toString());
    }

    /** One row per value (the value in force marked *), a column per moving count or gap. */
    private String table(List<Column> columns) {
        TextTable table = new TextTable();
        List<String> header = new ArrayList<>(List.of(parameter));
        List<String> units = new ArrayList<>(List.of(""));
        columns.forEach(column -> {
            header.add(column.header());
            units.add(column.unit());
        });
        table.row(header);
        if (units.stream().anyMatch(unit -> !unit.isEmpty())) {
            table.row(units);
        }
        for (SweepPoint point : points) {
            boolean inForce = point.value().compareTo(baselineValue) == 0;
            List<String> row = new ArrayList<>(List.of(point.value().toPlainString() + (inForce ? " *" : "")));
            columns.forEach(column -> row.add(column.value().apply(point)));
            table.row(row);
        }
        return table.toString();
    }

    /** A column: its short header and unit, its long name, its cell for a point. */
    private record Column(String header, String unit, String name, Function<SweepPoint, String> value) {
    }

    /** A column joins the table when its cells differ over the sweep; else it is said once, with its value. */
    private void sort(Column column, List<Column> moving, List<String> constant) {
        if (points.stream().map(column.value()).distinct().count() > 1) {
            moving.add(column);
        } else {
            constant.add(column.name() + " " + column.value().apply(points.get(0)));
        }
    }

    private static String shortName(ExitStatus status) {
        return switch (status) {
            case EXIT_READY -> "READY";
            case NOT_READY -> "NOT";
            case STABLE -> "STABLE";
            case WRONG_EXIT_RISK -> "WRONG";
            case NOT_APPLICABLE -> "N/A";
        };
    }

    /**
     * The notes below the table, broken to fit a terminal of 120 columns (a Chinese character takes two):
     * at the last space when there is one near, else where the width runs out.
     */
    private static String wrapped(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            StringBuilder current = new StringBuilder();
            for (int c : line.codePoints().toArray()) {
                current.appendCodePoint(c);
                if (TextTable.width(current.toString()) > TextTable.WIDTH) {
                    int space = current.lastIndexOf(" ");
                    int cut = space > current.length() - 40 ? space : current.length() - Character.charCount(c);
                    out.append(current, 0, cut).append('\n');
                    current.delete(0, space == cut ? cut + 1 : cut);
                }
            }
            out.append(current).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }
}
