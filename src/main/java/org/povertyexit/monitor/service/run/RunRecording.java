package org.povertyexit.monitor.service.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Consumer;
import org.kie.api.event.rule.AgendaEventListener;
import org.povertyexit.monitor.Hashes;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.service.firing.FiringDigest;
import org.povertyexit.monitor.service.firing.RunFirings;
import org.povertyexit.monitor.streaming.CountyObserver;

/**
 * What the audit trail takes from a run as it is evaluated: every firing (through a recorder on each
 * county's session), each county's row (its facts as a dataset of one county, its part of the report,
 * its entities and firings). Each county is handed to {@code store} in order, numbered; a reproduction
 * stores nothing and only compares the digests.
 */
final class RunRecording implements CountyObserver<RunRecording.Evaluated> {

    /** A county's row-to-be and its firings, made on the thread that evaluated it. */
    record Evaluated(CountyPart part, RunFirings.CountyFirings firings) {
    }

    private final RunFirings firings = new RunFirings();
    private final Consumer<CountyPart> store;
    private final CountyAdmission admission;
    private final MessageDigest counties = Hashes.digest();
    private final RunProgress progress;
    private int position;
    private Meta meta;

    /** {@code admission} says whether each county may be kept; one that may not fails the run. */
    RunRecording(Consumer<CountyPart> store, CountyAdmission admission) {
        this(store, admission, RunProgress.NONE);
    }

    RunRecording(Consumer<CountyPart> store, CountyAdmission admission, RunProgress progress) {
        this.store = store;
        this.admission = admission;
        this.progress = progress;
    }

    @Override
    public void started(Meta runMeta) {
        meta = runMeta;
        progress.checked();
    }

    @Override
    public AgendaEventListener listener(String countyCode) {
        return firings.listener(countyCode);
    }

    @Override
    public Evaluated evaluated(CountyFacts facts, CountyReport report, List<byte[]> canonical) {
        RunFirings.CountyFirings county = firings.evaluated(facts.county().code());
        return new Evaluated(CountyPart.of(meta, facts, report, canonical, county), county);
    }

    @Override
    public void done(CountyFacts facts, Evaluated county) {
        admission.admit(facts.county().code());
        CountyPart placed = county.part().placed(position++, firings.numbered(county.firings()));
        counties.update(placed.digestLine().getBytes(StandardCharsets.UTF_8));
        store.accept(placed);
    }

    FiringDigest firingDigest() {
        return firings.digest();
    }

    /** SHA-256 over the counties' rows, in order: the run row's {@code counties_sha256}. */
    String countiesSha256() {
        return Hashes.hex(counties);
    }
}
