package org.povertyexit.monitor.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.report.ReportSummary;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.Report;

/**
 * Several scenarios side by side with the baseline (the first column): counts per level and status,
 * remediation gap per criterion, and how many entities flipped.
 */
public record ScenarioComparison(List<Column> columns, @JsonIgnore Map<String, String> gapUnits) {

    /**
     * {@code flips} (entities whose status or failed criteria differ) and {@code statusChanges} (those whose
     * status differs) are null for the baseline column.
     */
    public record Column(String name, String source, Map<String, Map<ExitStatus, Integer>> counts,
                         Map<String, BigDecimal> remediationGap, Integer flips, Integer statusChanges) {
    }

    public static ScenarioComparison of(Report baseline, List<Scenario> scenarios, List<ScenarioResult> results) {
        List<Column> columns = new ArrayList<>();
        ReportTotals base = ReportTotals.of(baseline);
        columns.add(new Column("baseline", null, base.counts(), base.remediationGap(), null, null));
        for (int i = 0; i < scenarios.size(); i++) {
            ReportTotals totals = ReportTotals.of(results.get(i).scenario());
            columns.add(new Column(scenarios.get(i).name(), scenarios.get(i).source(), totals.counts(),
                    totals.remediationGap(), results.get(i).diff().flips().size(),
                    (int) results.get(i).diff().flips().stream().filter(Flip::statusChanged).count()));
        }
        return new ScenarioComparison(List.copyOf(columns), ReportTotals.gapUnits(baseline));
    }

    /** The readable form: one row per level and status, per gap criterion, and the flips, in the labels' language. */
    public String table(Labels labels) {
        TextTable table = new TextTable();
        List<String> header = new ArrayList<>(List.of(""));
        columns.forEach(column -> header.add(column.source() == null ? labels.text("scenario.baseline")
                : column.source()));
        table.row(header);
        columns.get(0).counts().forEach((level, statuses) -> statuses.keySet().forEach(status -> {
            List<String> row = new ArrayList<>(List.of(labels.text("scenario.count", labels.level(ReportSummary.level(level)),
                    labels.status(status))));
            columns.forEach(column -> row.add(String.valueOf(column.counts().get(level).getOrDefault(status, 0))));
            table.row(row);
        }));
        TreeSet<String> criteria = new TreeSet<>();
        columns.forEach(column -> criteria.addAll(column.remediationGap().keySet()));
        for (String criterion : criteria) {
            List<String> row = new ArrayList<>(List.of(labels.text("scenario.gap", criterion,
                    labels.unit(gapUnits.get(criterion)))));
            columns.forEach(column -> row.add(column.remediationGap().getOrDefault(criterion, BigDecimal.ZERO)
                    .toPlainString()));
            table.row(row);
        }
        List<String> changed = new ArrayList<>(List.of(labels.text("scenario.status-changed")));
        List<String> kept = new ArrayList<>(List.of(labels.text("scenario.criteria-changed")));
        columns.forEach(column -> {
            changed.add(column.flips() == null ? "-" : column.statusChanges().toString());
            kept.add(column.flips() == null ? "-" : Integer.toString(column.flips() - column.statusChanges()));
        });
        return table.row(changed).row(kept).toString();
    }
}
