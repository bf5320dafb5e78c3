package org.povertyexit.monitor.spark;

import java.util.Locale;

/**
 * How fast the county tasks evaluated (the rule sessions alone, not reading or shuffling): the median of
 * households per second over counties, and the total, which is what the benchmark reads as the rate of
 * one task slot.
 */
record CountyRates(ClusterEvaluation.Written written) {

    String describe() {
        double[] rates = written.heads().stream().filter(h -> h.households() > 0 && h.evaluationNanos() > 0)
                .mapToDouble(h -> h.households() / (h.evaluationNanos() / 1e9)).sorted().toArray();
        long nanos = written.heads().stream().mapToLong(CountyHead::evaluationNanos).sum();
        double median = rates.length == 0 ? 0 : rates[rates.length / 2];
        return String.format(Locale.ROOT, "county sessions: %d counties, %d households in %.1f s of task time "
                        + "(%.0f households/s per task slot), median county %.0f households/s",
                written.counties(), written.households(), nanos / 1e9,
                nanos == 0 ? 0 : written.households() / (nanos / 1e9), median);
    }
}
