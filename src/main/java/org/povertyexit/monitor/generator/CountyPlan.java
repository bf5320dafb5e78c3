package org.povertyexit.monitor.generator;

import java.util.List;
import org.povertyexit.monitor.dataset.County;

/** A county ready to be written: its record, its kind, its villages in order. */
record CountyPlan(County county, CountyKind kind, List<VillagePlan> villages) {

    long households() {
        return villages.stream().mapToLong(village -> village.design().households()).sum();
    }
}
