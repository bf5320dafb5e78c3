package org.povertyexit.monitor.service.firing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AgendaEventListener;

/**
 * The firings of one run, county by county: a recorder listens to each county's session (counties may
 * be evaluated at once, on several threads); once a session has ended its firings are encoded as a
 * block on that thread; then, in the order of the counties, the run numbers them and digests them.
 */
public final class RunFirings {

    /** One county's firings, numbered within it, ready to be stored once the run gives them their place. */
    public record CountyFirings(FiringBlock.Encoded block, Map<String, Long> byRule,
                                Map<String, Long> byCriterion) {

        public int count() {
            return block.count();
        }

        public byte[] deflated() {
            return block.deflated();
        }

        /** Firings numbered within their county, encoded and counted. */
        public static CountyFirings of(List<FiringRecord> records) {
            return new CountyFirings(FiringBlock.encode(records), counts(records, FiringRecord::rule),
                    counts(records, FiringRecord::criterion));
        }
    }

    private final Map<String, CountyFiringRecorder> sessions = new ConcurrentHashMap<>();
    private final FiringDigest digest = new FiringDigest();
    private int seq;

    /** The listener of one county's session. */
    public AgendaEventListener listener(String countyCode) {
        CountyFiringRecorder recorder = new CountyFiringRecorder();
        sessions.put(countyCode, recorder);
        return recorder;
    }

    /** The county's firings, once its session has ended (on the thread that evaluated it). */
    public CountyFirings evaluated(String countyCode) {
        CountyFiringRecorder recorder = sessions.remove(countyCode);
        List<FiringRecord> records = recorder == null ? List.of() : List.copyOf(recorder.records());
        return CountyFirings.of(records);
    }

    /** Gives the county's firings their place in the run (counties in order) and returns the first seq. */
    public int numbered(CountyFirings county) {
        int first = seq + 1;
        FiringBlock.digest(county.block().raw(), first, digest);
        seq += county.count();
        return first;
    }

    /**
     * Gives a block already deflated (a run evaluated elsewhere, imported) its place after the counties
     * numbered so far, as {@link #numbered} does; returns the first seq.
     */
    public int numberedStored(byte[] deflated, int count) {
        int first = seq + 1;
        FiringBlock.digestStored(deflated, first, digest);
        seq += count;
        return first;
    }

    public FiringDigest digest() {
        return digest;
    }

    private static Map<String, Long> counts(List<FiringRecord> records, Function<FiringRecord, String> key) {
        return records.stream().filter(r -> key.apply(r) != null)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
