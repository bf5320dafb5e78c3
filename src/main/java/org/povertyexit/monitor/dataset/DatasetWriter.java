package org.povertyexit.monitor.dataset;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes a dataset entity by entity, in the order meta, counties, villages, households (with their
 * members), so a generator or converter never holds a whole province in memory.
 */
public interface DatasetWriter extends Closeable {

    void meta(Meta meta) throws IOException;

    void county(County county) throws IOException;

    void village(Village village) throws IOException;

    void household(Household household) throws IOException;

    /** Writes a whole dataset (small ones: the sample, tests, conversions of loaded data). */
    default void write(Dataset dataset) throws IOException {
        meta(dataset.meta());
        for (County county : dataset.counties()) {
            county(county);
        }
        for (Village village : dataset.villages()) {
            village(village);
        }
        for (Household household : dataset.households()) {
            household(household);
        }
    }
}
