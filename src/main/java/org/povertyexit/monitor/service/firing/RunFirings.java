package org.povertyexit.monitor.service.firing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kie.api.event.rule.AgendaEventListener;

/**
 * The firings of one run: hands {@code ExitAssessment.assess} a recorder per county session, numbers
 * the firings across the run, digests them and passes them to the sink in batches as each county
 * finishes (a county's outcomes are final only when its session is done).
 */
public final class RunFirings implements Function<String, AgendaEventListener> {

    private final FiringSink sink;
    private final int batchSize;
    private final FiringDigest digest = new FiringDigest();
    private final List<FiringRecord> batch = new ArrayList<>();
    private CountyFiringRecorder current;
    private int seq;

    public RunFirings(FiringSink sink, int batchSize) {
        this.sink = sink;
        this.batchSize = batchSize;
    }

    @Override
    public AgendaEventListener apply(String countyCode) {
        finishCounty();
        current = new CountyFiringRecorder(this);
        return current;
    }

    /** Call once the assessment returned: writes the last county and gives the digest of all firings. */
    public FiringDigest finish() {
        finishCounty();
        if (!batch.isEmpty()) {
            sink.write(List.copyOf(batch));
            batch.clear();
        }
        return digest;
    }

    int nextSeq() {
        return ++seq;
    }

    private void finishCounty() {
        if (current == null) {
            return;
        }
        for (FiringRecord record : current.records()) {
            digest.add(record);
            batch.add(record);
            if (batch.size() >= batchSize) {
                sink.write(List.copyOf(batch));
                batch.clear();
            }
        }
        current = null;
    }
}
