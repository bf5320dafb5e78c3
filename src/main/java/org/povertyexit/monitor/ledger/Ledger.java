package org.povertyexit.monitor.ledger;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.remediation.Department;

/**
 * The remediation ledger of a county (整改台账, 逐项销号): every item listed in any run of the county's series,
 * where it stands in the latest run, a summary per department and how the counts moved run after run.
 * Made in one pass over the runs in series order; the same for stored runs and for report files.
 */
public record Ledger(String county, List<LedgerPoint> runs, Map<Department, LedgerCounts> summary,
                     LedgerCounts total, List<LedgerEntry> entries) {

    /** An item while the series is walked: first and last listing, how often listed, its entity's number. */
    private static final class Tracked {
        private final ItemKey key;
        private final LedgerItem first;
        private final int firstRun;
        /** The entity's number among the series' entities; -1 for the county, which every run holds. */
        private final int entity;
        private LedgerItem latest;
        private int lastRun;
        private int runsOpen;

        Tracked(ItemKey key, LedgerItem first, int run, int entity) {
            this.key = key;
            this.first = first;
            this.firstRun = run;
            this.entity = entity;
        }

        void listed(LedgerItem item, int run) {
            latest = item;
            lastRun = run;
            runsOpen++;
        }

        ItemStatus statusAfter(int run, BitSet held) {
            return lastRun == run ? ItemStatus.OPEN
                    : entity < 0 || held.get(entity) ? ItemStatus.CLOSED : ItemStatus.GONE;
        }
    }

    /**
     * The ledger of {@code county} over its runs, in any order (they are put in series order). Entities are
     * numbered once, so that whether a run holds one is a bit of that run, not a lookup of its name.
     */
    public static Ledger of(String county, List<LedgerRun> series) {
        List<LedgerRun> runs = series.stream().sorted(LedgerRun.ORDER).toList();
        if (runs.isEmpty()) {
            return new Ledger(county, List.of(), Map.of(), LedgerCounts.NONE, List.of());
        }
        int listed = runs.stream().mapToInt(run -> run.items().size()).sum();
        int held = runs.stream().mapToInt(run -> run.entities().size()).max().orElse(0);
        // sized for the series at once: growing a map of half a million items rehashes it again and again
        Map<String, Integer> entities = new HashMap<>(held * 2);
        // in the order first listed: each run lists its items in the ledger's order, so the entries are a few
        // sorted stretches, which the sort below merges rather than sorting the whole afresh
        Map<ItemKey, Tracked> tracked = new LinkedHashMap<>(listed * 4 / 3 + 16);
        List<Counted> points = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            LedgerRun run = runs.get(i);
            BitSet holds = new BitSet();
            for (String entity : run.entities()) {
                holds.set(entities.computeIfAbsent(entity, e -> entities.size()));
            }
            for (LedgerItem item : run.items()) {
                ItemKey key = item.key();
                Tracked known = tracked.get(key);
                if (known == null) {
                    int entity = item.level() == Level.COUNTY ? -1
                            : entities.computeIfAbsent(item.entityKey(), e -> entities.size());
                    known = new Tracked(key, item, i, entity);
                    tracked.put(key, known);
                }
                known.listed(item, i);
            }
            points.add(point(run, i, holds, tracked.values()));
        }
        int last = runs.size() - 1;
        List<RunRef> refs = runs.stream().map(LedgerRun::ref).toList();
        List<Tracked> inOrder = new ArrayList<>(tracked.values());
        inOrder.sort(Comparator.comparing(t -> t.key, ItemKey.ORDER));
        List<LedgerEntry> entries = new ArrayList<>(inOrder.size());
        for (Tracked item : inOrder) {
            entries.add(entry(item, refs, last, points.get(last).held()));
        }
        LedgerPoint now = points.get(last).point();
        return new Ledger(county, points.stream().map(Counted::point).toList(), now.byDepartment(), now.total(),
                entries);
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
                item.first.gap(), now.gap(), now.unit(), now.villageCode(), now.head(), item.firstRun == last);
    }

    /** The counts after a run, with the entities it held (what the latest run's entries are judged by). */
    private record Counted(LedgerPoint point, BitSet held) {
    }

    /** The counts as they stood after run {@code index}: open, closed, gone and new, per department. */
    private static Counted point(LedgerRun run, int index, BitSet held, Iterable<Tracked> items) {
        // per department: open, closed, gone (by ItemStatus ordinal), then new in this run
        int[][] counts = new int[Department.values().length][4];
        for (Tracked item : items) {
            int[] department = counts[item.latest.department().ordinal()];
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
        return new Counted(new LedgerPoint(run.runId(), run.assessmentDate(), run.uploadedAt(), byDepartment,
                new LedgerCounts(total[0], total[1], total[2], total[3])), held);
    }
}
