package org.povertyexit.monitor.service.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What was read or made from a stored run, kept for the next reader: stored runs never change, so what is
 * kept is never stale. The least recently used goes once more than {@code kept} are held. Made outside the
 * lock: two readers of the same key may both make it (the same value), and nobody waits on another's read.
 */
public final class KeptRecently<K, V> {

    private final Map<K, V> kept;

    public KeptRecently(int most) {
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > most;
            }
        };
    }

    /** The value kept for the key, else the one made now (and kept). */
    public <X extends Exception> V get(K key, Making<K, V, X> make) throws X {
        synchronized (kept) {
            V value = kept.get(key);
            if (value != null) {
                return value;
            }
        }
        V made = make.apply(key);
        synchronized (kept) {
            kept.put(key, made);
        }
        return made;
    }

    /** The value kept for the key, or null. */
    public V peek(K key) {
        synchronized (kept) {
            return kept.get(key);
        }
    }

    /** Keeps a value made by the caller (who decides whether it may be kept). */
    public void keep(K key, V value) {
        synchronized (kept) {
            kept.put(key, value);
        }
    }

    /** How a value is made from its key, with the checked failure that making may meet. */
    @FunctionalInterface
    public interface Making<K, V, X extends Exception> {
        V apply(K key) throws X;

        static <K, V> Making<K, V, RuntimeException> of(Function<K, V> make) {
            return make::apply;
        }
    }
}
