package org.povertyexit.monitor.ledger;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.ledger.SeriesWalk.Tracked;
import org.povertyexit.monitor.remediation.Department;

/**
 * The remediation ledger of a county (整改台账, 逐项销号): every item listed in any run of the county's series,
 * where it stands in the latest run, a summary per department and how the counts moved run after run.
 * Made in one pass over the runs in series order; the same for stored runs and for report files.
 */
public record Ledger(String county, List<LedgerPoint> runs, Map<Department, LedgerCounts> summary,
                     LedgerCounts total, List<LedgerEntry> entries) {

    /** The ledger of {@code county} over its runs, in any order (they are put in series order). */
    public static Ledger of(String county, List<LedgerRun> series) {
        List<LedgerRun> runs = series.stream().sorted(LedgerRun.ORDER).toList();
        return of(county, runs.size(), runs.iterator(), runs.stream().mapToInt(run -> run.entities().size())
                .max().orElse(0));
    }

    /**
     * The ledger of {@code county} over {@code count} runs that come in series order, one at a time (a run
     * need not be held once walked): one walk over the runs, counting after each where every item stands.
     * {@code entities}: about how many entities a run holds (to size the walk's tables once).
     */
    public static Ledger of(String county, int count, Iterator<LedgerRun> inSeriesOrder, int entities) {
        if (count == 0) {
            return new Ledger(county, List.of(), Map.of(), LedgerCounts.NONE, List.of());
        }
        SeriesWalk walk = new SeriesWalk(entities);
        List<LedgerPoint> points = new ArrayList<>(count);
        List<RunRef> refs = new ArrayList<>(count);
        BitSet held = null;
        for (int i = 0; i < count; i++) {
            LedgerRun run = inSeriesOrder.next();
            refs.add(run.ref());
            held = walk.held(run);
            for (LedgerItem item : run.items()) {
                walk.listed(item, i);
            }
            points.add(point(run, i, held, walk.all()));
        }
        int last = count - 1;
        List<Tracked> inOrder = walk.inOrder();
        List<LedgerEntry> entries = new ArrayList<>(inOrder.size());
        for (Tracked item : inOrder) {
            entries.add(entry(item, refs, last, held));
        }
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

    private static LedgerEntry entry(Tracked item, List<RunRef> runs, int last, BitSet held) {
        ItemStatus status = item.statusAfter(last, held);
        LedgerItem now = item.latest;
        return new LedgerEntry(now.level(), now.entityId(), now.criterion(), now.severity(), now.department(),
                status, runs.get(item.firstRun), runs.get(item.lastRun),
                status == ItemStatus.CLOSED ? runs.get(item.lastRun + 1) : null, item.runsOpen,
                item.firstGap, now.gap(), now.unit(), now.villageCode(), now.head(), item.firstRun == last);
    }

    /** The counts as they stood after run {@code index}: open, closed, gone and new, per department. */
    private static LedgerPoint point(LedgerRun run, int index, BitSet held, List<Tracked> items) {
        // per department: open, closed, gone (by ItemStatus ordinal), then new in this run
        int[][] counts = new int[Department.values().length][4];
        for (Tracked item : items) {
            int[] department = counts[item.department];
            department[item.statusAfter(index, held).ordinal()]++;
            if (item.firstRun == index) {
                department[3]++;
            }
        }
        Map<Department, LedgerCounts> byDepartment = new EnumMap<>(Department.class);
        int[] total = new int[4];
        for (Department department : Department.values()) {
            int[] c = counts[department.ordinal()];
            if (c[0] + c[1] + c[2] > 0) {
                byDepartment.put(department, new LedgerCounts(c[0], c[1], c[2], c[3]));
                for (int k = 0; k < 4; k++) {
                    total[k] += c[k];
                }
            }
        }
        return new LedgerPoint(run.runId(), run.assessmentDate(), run.uploadedAt(), byDepartment,
                new LedgerCounts(total[0], total[1], total[2], total[3]));
    }
}
