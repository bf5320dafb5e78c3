package org.povertyexit.monitor.service.ledger;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.RunStore;
import org.povertyexit.monitor.service.run.RunStored;
import org.povertyexit.monitor.service.run.CountyPartStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the ledgers of a county office's run ready in the background, once the run is stored and once the
 * service is up (for the newest run): a dozen runs of a large county take a second or more to follow, and
 * the office asks for the ledger right after its upload. Only for runs of a few counties: a province's run
 * would make more ledgers than are kept, and its counties are small ones anyway.
 */
@Component
public class LedgerPreparation {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerPreparation.class);

    private final StoredLedgers ledgers;
    private final RunStore runs;
    private final CountyPartStore counties;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "prepare ledgers");
        thread.setDaemon(true);
        return thread;
    });

    public LedgerPreparation(StoredLedgers ledgers, RunStore runs, CountyPartStore counties) {
        this.ledgers = ledgers;
        this.runs = runs;
        this.counties = counties;
    }

    @EventListener
    public void stored(RunStored stored) {
        prepare(stored.run());
    }

    @EventListener(ApplicationReadyEvent.class)
    public void started() {
        worker.execute(() -> runs.headers().stream().filter(run -> !run.isScenario()).reduce((a, b) -> b)
                .ifPresent(this::prepare));
    }

    private void prepare(RunRecord run) {
        if (run.isScenario()) {
            return;
        }
        worker.execute(() -> {
            List<CountyPart> held = counties.headers(run.id());
            if (held.size() > StoredLedgers.KEPT) {
                return;
            }
            for (CountyPart county : held) {
                long start = System.nanoTime();
                try {
                    ledgers.of(county.countyCode());
                    LOG.info("ledger of county {} ready ({} ms)", county.countyCode(),
                            (System.nanoTime() - start) / 1_000_000);
                } catch (RuntimeException e) {
                    LOG.warn("ledger of county {} could not be prepared: {}", county.countyCode(), e.toString());
                }
            }
        });
    }
}
