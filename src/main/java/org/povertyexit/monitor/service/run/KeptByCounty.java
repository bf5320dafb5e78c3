package org.povertyexit.monitor.service.run;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a listing made of a stored run's county parts, kept for the next reader: a run never changes once
 * stored, so nothing kept is stale, and a page or export of a large run is filtered and paged from what
 * was made rather than decoding every county's part again. The most recently used {@code kept} are kept.
 */
public final class KeptByCounty<V> {

    private final KeptRecently<String, V> kept;

    public KeptByCounty(int most) {
        kept = new KeptRecently<>(most);
    }

    /** What was made of the county's part, or made now (two readers at once may both make it: harmless). */
    public V get(String runId, CountyPart county, Supplier<V> make) {
        return kept.get(runId + "/" + county.position(), KeptRecently.Making.of(key -> make.get()));
    }

    /**
     * What was made of each of these counties' parts, in their order; those not kept yet are made side by
     * side (each part is decoded on its own, and a large run's first reader would wait for them in turn).
     */
    public List<V> all(String runId, List<CountyPart> counties, Function<CountyPart, V> make) {
        return counties.parallelStream().map(county -> get(runId, county, () -> make.apply(county))).toList();
    }
}
