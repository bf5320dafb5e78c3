package org.povertyexit.monitor.spark;

import java.util.HashMap;
import java.util.List;
import org.apache.spark.Partitioner;

/**
 * One county to a partition, in code order. A county's households are grouped in one task's memory
 * before its session starts; with several counties to a partition (a hash partitioner's lot) a task held
 * them all at once, spilled, and ran out of memory reading them back at a million households in local[1].
 */
final class CountyPartitioner extends Partitioner {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, Integer> positions = new HashMap<>();

    /** {@code codes}: every county of the input. */
    CountyPartitioner(List<String> codes) {
        codes.stream().sorted().distinct().forEach(code -> positions.put(code, positions.size()));
    }

    @Override
    public int numPartitions() {
        return Math.max(1, positions.size());
    }

    @Override
    public int getPartition(Object county) {
        // every household placed is placed in a county of the input: no other key reaches here
        Integer position = positions.get(county);
        if (position == null) {
            throw new IllegalArgumentException("not a county of the input: " + county);
        }
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountyPartitioner that && positions.equals(that.positions);
    }

    @Override
    public int hashCode() {
        return positions.hashCode();
    }
}
