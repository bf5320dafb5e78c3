package org.povertyexit.monitor.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.CountyReport;

/**
 * A remediation item as the ledger follows it from run to run: what identifies it (level, entity,
 * criterion), who owns it and the gap, and where to find it (the village; a household's head, masked).
 */
public record LedgerItem(Level level, String entityId, String criterion, Severity severity, Department department,
                         BigDecimal gap, String unit, String villageCode, String head) {

    /** The items of a county's part of a report; {@code heads}: masked heads by household id (may be empty). */
    public static List<LedgerItem> of(CountyReport report, Map<String, String> heads) {
        List<String> villages = report.itemVillages();
        List<LedgerItem> items = new ArrayList<>(report.remediation().size());
        for (int i = 0; i < villages.size(); i++) {
            RemediationItem item = report.remediation().get(i);
            String head = item.level() == Level.HOUSEHOLD ? heads.get(item.entityId()) : null;
            items.add(new LedgerItem(item.level(), item.entityId(), item.criterion(), item.severity(),
                    item.department(), item.gap(), item.unit(), villages.get(i), head));
        }
        return items;
    }

    /** What identifies the item across runs: level, entity and criterion. */
    public ItemKey key() {
        return new ItemKey(level, entityId, criterion);
    }

    /** The item's entity as a run's entity list names it. */
    public String entityKey() {
        return ItemKey.entityKey(level, entityId);
    }
}
