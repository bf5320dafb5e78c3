package org.povertyexit.monitor.service.web.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.ReportSummary;
import org.povertyexit.monitor.scenario.ScenarioComparison;
import org.povertyexit.monitor.service.scenario.ScenarioRuns;

/**
 * The baseline and several scenario runs side by side, as rows for a table: a row per level and status,
 * per criterion's remediation gap, and the flips. The figures are {@link ScenarioRuns#compare}'s, as is.
 */
public record SideBySide(List<ScenarioComparison.Column> columns, List<CountRow> counts, List<GapRow> gaps) {

    /** One level and status across the columns, baseline first. */
    public record CountRow(String key, Level level, ExitStatus status, List<Integer> values) {
    }

    /** One criterion's remediation gap across the columns, in its unit. */
    public record GapRow(String criterion, String unit, List<BigDecimal> values) {
        /** Decimals to show: yuan to the cent, persons and children whole. */
        public int decimals() {
            return ScenarioOutcome.decimals(values);
        }
    }

    static SideBySide of(ScenarioRuns.Comparison comparison, Map<String, String> gapUnits) {
        List<ScenarioComparison.Column> columns = comparison.columns();
        List<CountRow> counts = new ArrayList<>();
        columns.get(0).counts().forEach((key, statuses) -> statuses.keySet().forEach(status ->
                counts.add(new CountRow(key, ReportSummary.level(key), status, columns.stream()
                        .map(column -> column.counts().get(key).getOrDefault(status, 0)).toList()))));
        TreeSet<String> criteria = new TreeSet<>();
        columns.forEach(column -> criteria.addAll(column.remediationGap().keySet()));
        List<GapRow> gaps = criteria.stream().map(criterion -> new GapRow(criterion, gapUnits.get(criterion),
                columns.stream().map(column -> column.remediationGap().getOrDefault(criterion, BigDecimal.ZERO))
                        .toList())).toList();
        return new SideBySide(columns, counts, gaps);
    }

    /** The scenario columns (every column but the baseline's). */
    public List<ScenarioComparison.Column> scenarios() {
        return columns.subList(1, columns.size());
    }
}
