package org.povertyexit.monitor.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.evaluation.Level;

/**
 * The ledger's working state while a county's series is walked run by run: each entity numbered once (so
 * that whether a run holds it is a bit of that run), and under each entity its items with their first and
 * latest listing. An item is found through its entity, among the few items of that entity, not in a map of
 * every item the series ever listed.
 */
final class SeriesWalk {

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

    private final Map<String, Integer> numbers;
    /** By entity number: that entity's items (null while it has none). */
    private final List<List<Tracked>> byEntity;
    /** Every item, in the order first listed: what is counted after each run, one after the other. */
    private final List<Tracked> all = new ArrayList<>();

    SeriesWalk(int entities) {
        numbers = new HashMap<>(entities * 2);   // sized once: no rehashing as it fills
        byEntity = new ArrayList<>(entities);
    }

    /** The entities the run holds, as bits of their numbers. */
    BitSet held(LedgerRun run) {
        BitSet held = new BitSet();
        run.entities().forEach(entity -> held.set(number(entity)));
        return held;
    }

    /** Run {@code run} lists the item (a second listing in the same run counts once). */
    void listed(LedgerItem item, int run) {
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

    /** Every item walked so far, in the order first listed. */
    List<Tracked> all() {
        return all;
    }

    /** Every item walked, in the ledger's order: level, entity id, criterion. */
    List<Tracked> inOrder() {
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

    private int number(String entity) {
        return numbers.computeIfAbsent(entity, e -> {
            byEntity.add(null);
            return byEntity.size() - 1;
        });
    }
}
