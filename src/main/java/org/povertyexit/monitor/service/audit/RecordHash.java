package org.povertyexit.monitor.service.audit;

import org.povertyexit.monitor.Hashes;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScenarioOrigin;

/**
 * The hash that links a run row into the chain: SHA-256 over every column of the row (large ones by
 * their own hash) and the previous row's hash. Changing any stored byte of a run, or of the firings
 * its {@code firingsSha256} covers, changes it. A scenario run adds its baseline, scenario name, text
 * and flip count; an ordinary run hashes exactly as before scenario runs existed, so chains stored
 * earlier still verify.
 */
public final class RecordHash {

    /** The {@code prevHash} of the first run. */
    public static final String GENESIS = ChainLinks.GENESIS;

    private RecordHash() {
    }

    public static String of(RunRecord run) {
        String text = String.join("\n",
                Long.toString(run.seq()), run.id(), Long.toString(run.createdAt().toEpochMilli()), run.createdBy(),
                run.inputName(), Integer.toString(run.assessmentYear()), Integer.toString(run.households()),
                run.inputSha256(), run.rulesetVersion(), run.parametersVersion(), run.ruleSnapshot(),
                Hashes.sha256(run.parametersJson()), Hashes.sha256(run.summaryJson()),
                run.inputGz() == null ? "-" : Hashes.sha256(run.inputGz()), Hashes.sha256(run.reportGz()),
                Long.toString(run.firingCount()), run.firingsSha256(), run.prevHash());
        ScenarioOrigin scenario = run.scenario();
        if (scenario != null) {
            text = String.join("\n", text, "scenario", scenario.baselineId(), scenario.name(),
                    Hashes.sha256(scenario.text()), Integer.toString(scenario.flips()));
        }
        if (run.countiesSha256() != null) {
            text = String.join("\n", text, "counties", run.countiesSha256());
        }
        return Hashes.sha256(text);
    }
}
