package org.povertyexit.monitor.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of one table as they are read, each with where it first occurred, so that a duplicate can
 * name its twin. This, not the records, is what checking a large input keeps of its households and
 * members: a location in a CSV file or sheet is kept as a row number, not as a record.
 */
final class IdRegistry {

    static final int DUPLICATE = -1;

    /** The key instances themselves, so that whoever refers to an id can share its String. */
    private final List<String> ids = new ArrayList<>();
    /**
     * The ordinal of each id by its hash, open addressing: slot holds ordinal + 1, 0 is empty. A map of
     * boxed ordinals took three objects per id, more than the ids themselves, with millions of members.
     */
    private int[] slots = new int[1 << 10];
    /**
     * Ids whose probe would run longer than {@link #PROBES}: crafted ids of one hash code would otherwise
     * make every look-up scan all of them. A HashMap keeps such Strings in a tree.
     */
    private final Map<String, Integer> crowded = new HashMap<>();
    private static final int PROBES = 32;
    /** The file or sheet of the rows below: one table is read from one file. */
    private String file;
    private int[] rows = new int[1024];
    /** Locations that are not a row of that file (a path in a JSON file), by ordinal. */
    private final Map<Integer, RawRecord> elsewhere = new HashMap<>();

    /** The id's ordinal (0, 1, … in reading order), or {@link #DUPLICATE} when it was seen before. */
    int register(String id, RawRecord at) {
        int ordinal = ids.size();
        if (ordinal(id) >= 0) {
            return DUPLICATE;
        }
        int slot = freeSlot(id);
        if (slot < 0) {
            crowded.put(id, ordinal);
        } else {
            slots[slot] = ordinal + 1;
        }
        ids.add(id);
        if (ids.size() * 2 > slots.length) {
            grow();
        }
        if (file == null && at.path() == null && at.row() != null) {
            file = at.file();
        }
        if (at.path() == null && at.row() != null && at.file().equals(file)) {
            if (ordinal == rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
            }
            rows[ordinal] = at.row();
        } else {
            elsewhere.put(ordinal, at);
        }
        return ordinal;
    }

    /** The ordinal of a registered id, or -1. */
    int ordinal(String id) {
        int mask = slots.length - 1;
        int slot = start(id, mask);
        for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
            int held = slots[slot];
            if (held == 0) {
                return -1;
            }
            if (ids.get(held - 1).equals(id)) {
                return held - 1;
            }
        }
        return crowded.getOrDefault(id, -1);
    }

    String firstId(int ordinal) {
        return ids.get(ordinal);
    }

    RawRecord location(int ordinal) {
        RawRecord other = elsewhere.get(ordinal);
        return other != null ? other : new RawRecord(file, rows[ordinal], null, Map.of());
    }

    RawRecord firstLocation(String id) {
        return location(ordinal(id));
    }

    int size() {
        return ids.size();
    }

    private static int start(String id, int mask) {
        int h = id.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }

    /** An empty slot for a new id within {@link #PROBES} of its start, or -1. */
    private int freeSlot(String id) {
        int mask = slots.length - 1;
        int slot = start(id, mask);
        for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
            if (slots[slot] == 0) {
                return slot;
            }
        }
        return -1;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        crowded.clear();
        for (int ordinal = 0; ordinal < ids.size(); ordinal++) {
            int slot = freeSlot(ids.get(ordinal));
            if (slot < 0) {
                crowded.put(ids.get(ordinal), ordinal);
            } else {
                slots[slot] = ordinal + 1;
            }
        }
    }
}
