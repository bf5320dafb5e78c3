package org.povertyexit.monitor.service.web.drill;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a page made of a stored run and kept for the next reader, the most recently used few: runs never
 * change, so what is kept is never stale. Made outside the lock (two readers may both make it once).
 */
final class Kept<V> {

    /** Makes the value when it is not kept. */
    interface Maker<V, E extends Exception> {
        V make() throws E;
    }

    private final Map<String, V> values;

    Kept(int size) {
        values = new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }

    <E extends Exception> V get(String key, Maker<V, E> maker) throws E {
        synchronized (values) {
            V kept = values.get(key);
            if (kept != null) {
                return kept;
            }
        }
        V made = maker.make();
        synchronized (values) {
            values.put(key, made);
        }
        return made;
    }
}
