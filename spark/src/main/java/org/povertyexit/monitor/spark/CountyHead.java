package org.povertyexit.monitor.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.report.ExitStatus;

/** What the driver collects of each county: the small part of its report, its counts and how long it took. */
record CountyHead(String countyCode, List<byte[]> villages, byte[] county,
                  Map<String, Map<ExitStatus, Integer>> summary,
                  int firingCount, int households, long evaluationNanos) implements Serializable {

    static CountyHead of(CountyOutput output) {
        return new CountyHead(output.countyCode(), output.villages(), output.county(), output.summary(),
                output.firingCount(), output.households().size(), output.evaluationNanos());
    }
}
