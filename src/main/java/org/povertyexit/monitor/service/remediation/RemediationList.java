package org.povertyexit.monitor.service.remediation;

import java.util.List;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.service.run.StoredReport;
import org.springframework.stereotype.Component;

/** The run's remediation items, placed in their village and county, filtered as asked. */
@Component
public class RemediationList {

    /**
     * Null fields match everything; a department by code (HEALTH) or name (卫健); {@code village} and
     * {@code county} match where the item's entity is.
     */
    public record Filter(String department, String county, String village, String criterion) {
    }

    public List<RemediationRow> rows(StoredReport report, Filter filter) {
        return report.report().remediation().stream().map(item -> place(report, item))
                .filter(row -> (matches(filter.department(), row.department())
                        || matches(filter.department(), row.departmentName()))
                        && matches(filter.county(), row.countyCode())
                        && matches(filter.village(), row.villageCode())
                        && matches(filter.criterion(), row.criterion()))
                .toList();
    }

    private static RemediationRow place(StoredReport report, RemediationItem item) {
        String village = null;
        String county = null;
        if (item.level() == Level.HOUSEHOLD) {
            village = report.household(item.entityId()).map(HouseholdResult::villageCode).orElse(null);
            county = village == null ? null : report.countyOfVillage(village);
        } else if (item.level() == Level.VILLAGE) {
            village = item.entityId();
            county = report.countyOfVillage(village);
        } else {
            county = item.entityId();
        }
        return RemediationRow.of(item, village, county);
    }

    private static boolean matches(String wanted, String value) {
        return wanted == null || wanted.isBlank() || wanted.equalsIgnoreCase(value);
    }
}
