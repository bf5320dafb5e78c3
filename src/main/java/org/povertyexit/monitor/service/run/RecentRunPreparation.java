package org.povertyexit.monitor.service.run;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the service is up, readies the newest run for auditors in the background: its rules compiled
 * from their snapshot and the index of where its entities are, so that the first explain after a restart
 * does not pay for them (a province's index holds a million entities).
 */
@Component
public class RecentRunPreparation {

    private static final Logger LOG = LoggerFactory.getLogger(RecentRunPreparation.class);

    private final RunStore runs;
    private final StoredAssessments assessments;
    private final StoredCounties counties;

    public RecentRunPreparation(RunStore runs, StoredAssessments assessments, StoredCounties counties) {
        this.runs = runs;
        this.assessments = assessments;
        this.counties = counties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void prepare() {
        Thread preparation = new Thread(this::prepareNewest, "prepare newest run");
        preparation.setDaemon(true);
        preparation.start();
    }

    private void prepareNewest() {
        List<RunRecord> all = runs.headers();
        if (all.isEmpty()) {
            return;
        }
        RunRecord newest = all.get(all.size() - 1);
        long start = System.nanoTime();
        try {
            assessments.of(newest);
            counties.counties(newest.id());   // builds the run's index of where its entities are
            LOG.info("run {} ready to explain ({} ms)", newest.id(), (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            LOG.warn("run {} could not be prepared: {}", newest.id(), e.toString());
        }
    }
}
