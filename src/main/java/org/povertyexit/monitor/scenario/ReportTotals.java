package org.povertyexit.monitor.scenario;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.Report;

/**
 * What scenarios and sweeps compare of a report: entities per status per level (the report's summary)
 * and the remediation gap summed per criterion (only criteria whose items carry a gap; units differ
 * by criterion: yuan, persons, members).
 */
public record ReportTotals(Map<String, Map<ExitStatus, Integer>> counts, Map<String, BigDecimal> remediationGap) {

    public static ReportTotals of(Report report) {
        return new ReportTotals(report.summary(), gapTotals(report));
    }

    /** The unit of each criterion's gap, as its items state it (yuan, persons, children). */
    public static Map<String, String> gapUnits(Report report) {
        Map<String, String> units = new TreeMap<>();
        for (RemediationItem item : report.remediation()) {
            if (item.gap() != null && item.unit() != null) {
                units.putIfAbsent(item.criterion(), item.unit());
            }
        }
        return units;
    }

    static Map<String, BigDecimal> gapTotals(Report report) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (RemediationItem item : report.remediation()) {
            if (item.gap() != null) {
                totals.merge(item.criterion(), item.gap(), BigDecimal::add);
            }
        }
        return totals;
    }
}
