package org.povertyexit.monitor.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.report.CountyReport;

/** What identifies a remediation item from run to run (report-format.md: level, entity id, criterion). */
public record ItemKey(Level level, String entityId, String criterion) implements Comparable<ItemKey> {

    /** The ledger's order, the report's order of remediation items: level, entity id, criterion. */
    public static final Comparator<ItemKey> ORDER = Comparator.naturalOrder();

    @Override
    public int compareTo(ItemKey other) {
        int byLevel = level.compareTo(other.level);
        if (byLevel != 0) {
            return byLevel;
        }
        int byEntity = entityId.compareTo(other.entityId);
        return byEntity != 0 ? byEntity : criterion.compareTo(other.criterion);
    }

    /** The entities a county's part of a report holds, as a run lists them: its households, then villages. */
    public static List<String> entityKeys(CountyReport part) {
        List<String> keys = new ArrayList<>(part.households().size() + part.villages().size());
        part.households().forEach(h -> keys.add(entityKey(Level.HOUSEHOLD, h.id())));
        part.villages().forEach(v -> keys.add(entityKey(Level.VILLAGE, v.code())));
        return keys;
    }

    /** How a run's list of entities names an entity: "H id", "V code", "C code". */
    public static String entityKey(Level level, String id) {
        return level.name().charAt(0) + " " + id;
    }
}
