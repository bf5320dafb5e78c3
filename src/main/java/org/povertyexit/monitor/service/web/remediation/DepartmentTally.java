package org.povertyexit.monitor.service.web.remediation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.service.remediation.RemediationRow;
import org.povertyexit.monitor.service.web.Chart;

/**
 * What one department must fix: how many items, and the gaps to close added up unit by unit (yuan with
 * yuan, persons with persons: gaps in different units are never added together). Items without a
 * quantified gap count, but add nothing.
 */
public record DepartmentTally(Department department, int items, Map<String, BigDecimal> gaps) {

    /** The departments that have items among the rows, in the departments' order. */
    static List<DepartmentTally> of(List<RemediationRow> rows) {
        Map<Department, Integer> items = new EnumMap<>(Department.class);
        Map<Department, Map<String, BigDecimal>> gaps = new EnumMap<>(Department.class);
        for (RemediationRow row : rows) {
            Department department = Department.valueOf(row.department());
            items.merge(department, 1, Integer::sum);
            Map<String, BigDecimal> own = gaps.computeIfAbsent(department, d -> new TreeMap<>());
            if (row.gap() != null) {
                own.merge(row.unit() == null ? "" : row.unit(), row.gap(), BigDecimal::add);
            }
        }
        List<DepartmentTally> tallies = new ArrayList<>();
        items.forEach((department, n) -> tallies.add(new DepartmentTally(department, n, gaps.get(department))));
        return tallies;
    }

    /** Items by department, as a bar chart. */
    static Chart chart(List<DepartmentTally> tallies, Labels labels) {
        return Chart.bar(tallies.stream().map(t -> labels.department(t.department())).toList(),
                labels.text("page.remediation.items"), tallies.stream().map(DepartmentTally::items).toList());
    }
}
