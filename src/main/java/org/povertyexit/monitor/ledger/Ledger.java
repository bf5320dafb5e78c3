package org.povertyexit.monitor.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.remediation.Department;

/**
 * The remediation ledger of a county (整改台账, 逐项销号): every item listed in any run of the county's series,
 * where it stands in the latest run, a summary per department and how the counts moved run after run.
 * Made in one pass over the runs in series order; the same for stored runs and for report files.
 */
public record Ledger(String county, List<LedgerPoint> runs, Map<Department, LedgerCounts> summary,
                     LedgerCounts total, List<LedgerEntry> entries) {

    /** An item while the series is walked: first and last listing, how often listed. */
    private static final class Tracked {
        private final LedgerItem first;
        private final int firstRun;
        private LedgerItem latest;
        private int lastRun;
        private int runsOpen;

        Tracked(LedgerItem first, int run) {
            this.first = first;
            this.firstRun = run;
        }

        void listed(LedgerItem item, int run) {
            latest = item;
            lastRun = run;
            runsOpen++;
        }

        ItemStatus statusAfter(int run, LedgerRun then) {
            return lastRun == run ? ItemStatus.OPEN : then.holds(latest) ? ItemStatus.CLOSED : ItemStatus.GONE;
        }
    }

    /** The ledger of {@code county} over its runs, in any order (they are put in series order). */
    public static Ledger of(String county, List<LedgerRun> series) {
        List<LedgerRun> runs = series.stream().sorted(LedgerRun.ORDER).toList();
        Map<ItemKey, Tracked> tracked = new HashMap<>();
        List<LedgerPoint> points = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            LedgerRun run = runs.get(i);
            for (LedgerItem item : run.items()) {
                int first = i;
                tracked.computeIfAbsent(item.key(), key -> new Tracked(item, first)).listed(item, i);
            }
            points.add(point(run, i, tracked.values()));
        }
        if (runs.isEmpty()) {
            return new Ledger(county, List.of(), Map.of(), LedgerCounts.NONE, List.of());
        }
        int last = runs.size() - 1;
        LedgerRun latest = runs.get(last);
        List<LedgerEntry> entries = new ArrayList<>(tracked.size());
        tracked.forEach((key, item) -> entries.add(entry(item, runs, last, latest)));
        entries.sort(Comparator.comparing(LedgerEntry::key, ItemKey.ORDER));
        LedgerPoint now = points.get(last);
        return new Ledger(county, points, now.byDepartment(), now.total(), entries);
    }

    /** Only the entries of a department and a status (either may be null: all); the counts stay whole. */
    public Ledger filtered(Department department, ItemStatus status) {
        List<LedgerEntry> kept = entries.stream().filter(e -> department == null || e.department() == department)
                .filter(e -> status == null || e.status() == status).toList();
        return new Ledger(county, runs, summary, total, kept);
    }

    public LedgerPoint latest() {
        return runs.isEmpty() ? null : runs.get(runs.size() - 1);
    }

    private static LedgerEntry entry(Tracked item, List<LedgerRun> runs, int last, LedgerRun latest) {
        ItemStatus status = item.statusAfter(last, latest);
        LedgerItem now = item.latest;
        return new LedgerEntry(now.level(), now.entityId(), now.criterion(), now.severity(), now.department(),
                status, runs.get(item.firstRun).ref(), runs.get(item.lastRun).ref(),
                status == ItemStatus.CLOSED ? runs.get(item.lastRun + 1).ref() : null, item.runsOpen,
                item.first.gap(), now.gap(), now.unit(), now.villageCode(), now.head(), item.firstRun == last);
    }

    private static LedgerPoint point(LedgerRun run, int index, Iterable<Tracked> items) {
        Map<Department, LedgerCounts> byDepartment = new EnumMap<>(Department.class);
        LedgerCounts total = LedgerCounts.NONE;
        for (Tracked item : items) {
            ItemStatus status = item.statusAfter(index, run);
            boolean isNew = item.firstRun == index;
            byDepartment.merge(item.latest.department(), LedgerCounts.NONE.plus(status, isNew),
                    (was, one) -> was.plus(status, isNew));
            total = total.plus(status, isNew);
        }
        return new LedgerPoint(run.runId(), run.assessmentDate(), run.uploadedAt(), byDepartment, total);
    }
}
