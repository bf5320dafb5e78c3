package org.povertyexit.monitor.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.remediation.Department;

/**
 * A county's series walked run by run, in series order, and the ledger as it stands after the runs walked:
 * each entity numbered once (so that whether a run holds it is a bit of that run), and under each entity its
 * items with their first and latest listing (an item is found among its entity's few, not in a map of every
 * item the series ever listed), and the counts after each run. A run added later to the end of the series
 * is walked on from here, not from the start. Not for two threads at once.
 */
public final class SeriesWalk {

    /** An item as walked so far: first and latest listing, in how many runs listed. */
    static final class Tracked {
        final ItemKey key;
        final BigDecimal firstGap;
        final int firstRun;
        final int entity;
        /** A county's own item: every run of its series holds the county. */
        final boolean ofCounty;
        LedgerItem latest;
        /** The latest listing's department, by ordinal: counted run after run without reaching the item. */
        int department;
        int lastRun = -1;
        int runsOpen;

        Tracked(ItemKey key, LedgerItem first, int firstRun, int entity) {
            this.key = key;
            this.firstGap = first.gap();
            this.firstRun = firstRun;
            this.entity = entity;
            this.ofCounty = key.level() == Level.COUNTY;
        }

        /** OPEN when listed in the run; else CLOSED while the run holds its entity (a county always), else GONE. */
        ItemStatus statusAfter(int run, BitSet held) {
            return lastRun == run ? ItemStatus.OPEN
                    : ofCounty || held.get(entity) ? ItemStatus.CLOSED : ItemStatus.GONE;
        }
    }

    private final String county;
    private final Map<String, Integer> numbers;
    /** By entity number: that entity's items (null while it has none). */
    private final List<List<Tracked>> byEntity;
    /** Every item, in the order first listed: what is counted after each run, one after the other. */
    private final List<Tracked> all = new ArrayList<>();
    private final List<RunRef> refs = new ArrayList<>();
    private final List<LedgerPoint> points = new ArrayList<>();
    /** The last run walked, as the series' order sees it (its items are not kept); null before the first. */
    private LedgerRun last;
    /** The entities the last run held. */
    private BitSet held;

    /** {@code entities}: about how many entities a run holds (the tables are sized once for them). */
    public SeriesWalk(String county, int entities) {
        this.county = county;
        numbers = new HashMap<>(entities * 2);
        byEntity = new ArrayList<>(entities);
    }

    /** Whether the run comes after every run walked so far (so that it may be added). */
    public boolean follows(LedgerRun run) {
        return last == null || LedgerRun.ORDER.compare(last, run) < 0;
    }

    /** Walks the next run of the series, which must follow every run walked so far. */
    public void add(LedgerRun run) {
        if (!follows(run)) {
            throw new IllegalArgumentException("run " + run.runId() + " does not follow run " + last.runId());
        }
        int index = refs.size();
        refs.add(run.ref());
        held = held(run);
        for (LedgerItem item : run.items()) {
            listed(item, index);
        }
        points.add(point(run, index));
        last = new LedgerRun(run.runId(), run.assessmentDate(), run.uploadedAt(), List.of(), List.of());
    }

    /** The ledger after the runs walked so far. */
    public Ledger ledger() {
        if (refs.isEmpty()) {
            return new Ledger(county, List.of(), Map.of(), LedgerCounts.NONE, List.of());
        }
        int latest = refs.size() - 1;
        List<Tracked> ordered = inOrder();
        List<LedgerEntry> entries = new ArrayList<>(ordered.size());
        for (Tracked item : ordered) {
            entries.add(entry(item, latest));
        }
        LedgerPoint now = points.get(latest);
        return new Ledger(county, List.copyOf(points), now.byDepartment(), now.total(), entries);
    }

    /** The entities the run holds, as bits of their numbers. */
    private BitSet held(LedgerRun run) {
        BitSet held = new BitSet();
        run.entities().forEach(entity -> held.set(number(entity)));
        return held;
    }

    /** Run {@code run} lists the item (a second listing in the same run counts once). */
    private void listed(LedgerItem item, int run) {
        int entity = number(item.entityKey());
        List<Tracked> items = byEntity.get(entity);
        if (items == null) {
            items = new ArrayList<>(2);
            byEntity.set(entity, items);
        }
        Tracked tracked = null;
        for (Tracked known : items) {
            if (known.key.criterion().equals(item.criterion())) {
                tracked = known;
            }
        }
        if (tracked == null) {
            tracked = new Tracked(item.key(), item, run, entity);
            items.add(tracked);
            all.add(tracked);
        }
        if (tracked.lastRun != run) {
            tracked.latest = item;
            tracked.department = item.department().ordinal();
            tracked.lastRun = run;
            tracked.runsOpen++;
        }
    }

    /** Every item walked, in the ledger's order: level, entity id, criterion. */
    private List<Tracked> inOrder() {
        List<List<Tracked>> entities = new ArrayList<>();
        int count = 0;
        for (List<Tracked> items : byEntity) {
            if (items != null) {
                items.sort((a, b) -> ItemKey.ORDER.compare(a.key, b.key));
                entities.add(items);
                count += items.size();
            }
        }
        entities.sort((a, b) -> ItemKey.ORDER.compare(a.get(0).key, b.get(0).key));
        List<Tracked> ordered = new ArrayList<>(count);
        entities.forEach(ordered::addAll);
        return ordered;
    }

    /** The item as it stands after the run {@code last}. */
    private LedgerEntry entry(Tracked item, int last) {
        ItemStatus status = item.statusAfter(last, held);
        LedgerItem now = item.latest;
        return new LedgerEntry(now.level(), now.entityId(), now.criterion(), now.severity(), now.department(),
                status, refs.get(item.firstRun), refs.get(item.lastRun),
                status == ItemStatus.CLOSED ? refs.get(item.lastRun + 1) : null, item.runsOpen,
                item.firstGap, now.gap(), now.unit(), now.villageCode(), now.head(), item.firstRun == last);
    }

    /** The counts as they stood after run {@code index}: open, closed, gone and new, per department. */
    private LedgerPoint point(LedgerRun run, int index) {
        // per department: open, closed, gone (by ItemStatus ordinal), then new in this run
        int[][] counts = new int[Department.values().length][4];
        for (Tracked item : all) {
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

    private int number(String entity) {
        return numbers.computeIfAbsent(entity, e -> {
            byEntity.add(null);
            return byEntity.size() - 1;
        });
    }
}
