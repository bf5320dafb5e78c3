package org.povertyexit.monitor.evaluation;

import java.util.List;
import java.util.Optional;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.Flag;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.VillageResult;

/** A report with lookups by entity, for assertions. */
public record Assessed(Report report) {

    public HouseholdResult household() {
        return household("H1");
    }

    public HouseholdResult household(String id) {
        return report.households().stream().filter(h -> h.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("household " + id + " not in the report"));
    }

    public VillageResult village() {
        return village("V1");
    }

    public VillageResult village(String code) {
        return report.villages().stream().filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("village " + code + " not in the report"));
    }

    public CountyResult county() {
        return county("C1");
    }

    public CountyResult county(String code) {
        return report.counties().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("county " + code + " not in the report"));
    }

    /** The remediation items of one entity. */
    public List<RemediationItem> remediation(String entityId) {
        return report.remediation().stream().filter(item -> item.entityId().equals(entityId)).toList();
    }

    public Optional<RemediationItem> remediation(String entityId, String criterion) {
        List<RemediationItem> items = report.remediation().stream()
                .filter(item -> item.entityId().equals(entityId) && item.criterion().equals(criterion)).toList();
        if (items.size() > 1) {
            throw new AssertionError("more than one remediation item for " + entityId + " " + criterion + ": " + items);
        }
        return items.stream().findFirst();
    }

    /** The one remediation item of a failed criterion; fails when there is none. */
    public RemediationItem item(String entityId, String criterion) {
        return remediation(entityId, criterion)
                .orElseThrow(() -> new AssertionError("no remediation item for " + entityId + " " + criterion
                        + "; items: " + report.remediation()));
    }

    public Flag flag(List<Flag> flags, String criterion) {
        return flags.stream().filter(f -> f.criterion().equals(criterion)).findFirst()
                .orElseThrow(() -> new AssertionError("no flag " + criterion + " in " + flags));
    }
}
