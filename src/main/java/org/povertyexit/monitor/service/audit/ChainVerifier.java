package org.povertyexit.monitor.service.audit;

import java.util.concurrent.atomic.AtomicLong;
import org.povertyexit.monitor.service.firing.FiringDigest;
import org.povertyexit.monitor.service.firing.FiringStore;
import org.povertyexit.monitor.service.run.CountyPartStore;
import org.povertyexit.monitor.service.run.RuleSnapshotStore;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.RunStore;
import org.springframework.stereotype.Service;

/**
 * Walks the chain from the first run: each run row must link to the one before, hash to what it
 * says, and its rule snapshot, firings and county rows must hash to what the row recorded. Reports the
 * first break.
 */
@Service
public class ChainVerifier {

    /** Where the chain first breaks, and why. */
    public record Break(long seq, String runId, String reason) {
    }

    /** The outcome of a walk: {@code intact} with no break, else the first one. */
    public record Verification(boolean intact, long runsChecked, long firingsChecked, Break firstBreak) {
    }

    private final RunStore runs;
    private final FiringStore firings;
    private final RuleSnapshotStore snapshots;
    private final CountyPartStore counties;

    public ChainVerifier(RunStore runs, FiringStore firings, RuleSnapshotStore snapshots, CountyPartStore counties) {
        this.runs = runs;
        this.firings = firings;
        this.snapshots = snapshots;
        this.counties = counties;
    }

    public Verification verify() {
        long[] checked = {0};
        AtomicLong firingsChecked = new AtomicLong();
        String[] previous = {RecordHash.GENESIS};
        Break[] found = {null};
        runs.eachInChainOrder(run -> {
            if (found[0] != null) {
                return;
            }
            found[0] = check(run, checked[0] + 1, previous[0], firingsChecked);
            checked[0]++;
            previous[0] = run.recordHash();
        });
        return new Verification(found[0] == null, checked[0], firingsChecked.get(), found[0]);
    }

    private Break check(RunRecord run, long expectedSeq, String expectedPrevious, AtomicLong firingsChecked) {
        if (run.seq() != expectedSeq) {
            return new Break(run.seq(), run.id(), "run " + expectedSeq + " is missing from the chain");
        }
        if (!run.prevHash().equals(expectedPrevious)) {
            return new Break(run.seq(), run.id(), "does not link to the previous run's hash");
        }
        if (!RecordHash.of(run).equals(run.recordHash())) {
            return new Break(run.seq(), run.id(), "the run row was altered: its hash does not match");
        }
        if (!snapshots.recomputedHash(run.ruleSnapshot()).map(run.ruleSnapshot()::equals).orElse(false)) {
            return new Break(run.seq(), run.id(), "the stored rule files were altered or removed");
        }
        FiringDigest digest = firings.digest(run.id());
        firingsChecked.addAndGet(digest.count());
        if (digest.count() != run.firingCount()) {
            return new Break(run.seq(), run.id(), "firings were added or removed: " + digest.count()
                    + " stored, " + run.firingCount() + " recorded");
        }
        if (!digest.hex().equals(run.firingsSha256())) {
            return new Break(run.seq(), run.id(), "a firing record was altered");
        }
        if (run.countiesSha256() != null && !run.countiesSha256().equals(counties.digest(run.id()))) {
            return new Break(run.seq(), run.id(), "a county row of the run (its results, entities or firing counts) "
                    + "was altered, added or removed");
        }
        return null;
    }
}
