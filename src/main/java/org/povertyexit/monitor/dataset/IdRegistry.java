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

    private final Map<String, Integer> ordinals = new HashMap<>();
    /** The key instances themselves, so that whoever refers to an id can share its String. */
    private final List<String> ids = new ArrayList<>();
    /** The file or sheet of the rows below: one table is read from one file. */
    private String file;
    private int[] rows = new int[1024];
    /** Locations that are not a row of that file (a path in a JSON file), by ordinal. */
    private final Map<Integer, RawRecord> elsewhere = new HashMap<>();

    /** The id's ordinal (0, 1, … in reading order), or {@link #DUPLICATE} when it was seen before. */
    int register(String id, RawRecord at) {
        int ordinal = ids.size();
        if (ordinals.putIfAbsent(id, ordinal) != null) {
            return DUPLICATE;
        }
        ids.add(id);
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
        return ordinals.getOrDefault(id, -1);
    }

    String firstId(int ordinal) {
        return ids.get(ordinal);
    }

    RawRecord location(int ordinal) {
        RawRecord other = elsewhere.get(ordinal);
        return other != null ? other : new RawRecord(file, rows[ordinal], null, Map.of());
    }

    RawRecord firstLocation(String id) {
        return location(ordinals.get(id));
    }

    int size() {
        return ids.size();
    }
}
