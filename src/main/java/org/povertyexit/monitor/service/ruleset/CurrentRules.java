package org.povertyexit.monitor.service.ruleset;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.Hashes;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.rules.RuleSource;
import org.povertyexit.monitor.service.run.RuleSnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rule set new runs are evaluated with. Only a set whose rules compile and whose test cases pass is
 * put in force, and each one put in force is recorded ({@link RuleSetLog}). At start-up that is the rules
 * folder ({@code exit-monitor.rules}, else ./rules, else the copy in the program); when the folder's
 * rules do not pass, the set last in force is kept, and with none the service does not start. The folder
 * is read again before every run, so an analyst's edit applies to the next upload once it passes; an
 * administrator may also upload a set. Whichever passed last is in force.
 */
@Component
public class CurrentRules {

    static final String FOLDER = "rules folder";
    private static final Logger LOG = LoggerFactory.getLogger(CurrentRules.class);

    private final String configured;
    private final RuleSetLog log;
    private ExitAssessment inForce;
    private Map<String, String> folderSeen;
    private List<String> folderProblems = List.of();

    public CurrentRules(@Value("${exit-monitor.rules:}") String configured, RuleSetLog log) {
        this.configured = configured;
        this.log = log;
    }

    @PostConstruct
    synchronized void compileAtStart() throws RuleCompilationException {
        try {
            RuleSource folder = folder();
            folderSeen = folder.files();
            activate(RuleSetCheck.check(folder), FOLDER);
        } catch (IOException | RuleSetRejectedException e) {
            List<String> problems = e instanceof RuleSetRejectedException rejected ? rejected.problems()
                    : List.of(e.getMessage() + (configured.isBlank() ? "" : " (exit-monitor.rules names "
                    + configured + ")"));
            Optional<RuleSetActivation> last = log.latest();
            if (last.isEmpty()) {
                throw new RuleCompilationException(problems);
            }
            folderProblems = problems;
            LOG.error("the rules folder cannot be put in force: {}; rule set {} stays", problems, last.get().seq());
            inForce = compiled(last.get());
        }
        LOG.info("rules in force: {} ({} files, version {})", inForce.source().origin(), inForce.source().files()
                .size(), inForce.rules().version());
    }

    /** The rules in force, after putting the folder's in force if it changed and passes. */
    public synchronized ExitAssessment assessment() {
        try {
            RuleSource folder = folder();
            if (!folder.files().equals(folderSeen)) {
                folderSeen = folder.files();
                activate(RuleSetCheck.check(folder), FOLDER);
                folderProblems = List.of();
            }
        } catch (IOException | RuleSetRejectedException e) {
            folderProblems = e instanceof RuleSetRejectedException rejected ? rejected.problems()
                    : List.of(e.getMessage());
            LOG.warn("the rules folder changed but cannot be put in force: {}; rule set version {} stays",
                    folderProblems, inForce.rules().version());
        }
        return inForce;
    }

    /** Puts an administrator's rule set in force, once it passes. */
    public synchronized RuleSetActivation upload(RuleSource files, String user) throws RuleSetRejectedException {
        return activate(RuleSetCheck.check(files), user);
    }

    /** Why the rules folder's current text is not in force (empty when it is, or was never changed). */
    public synchronized List<String> folderProblems() {
        return folderProblems;
    }

    private RuleSetActivation activate(RuleSetCheck.Checked checked, String by) {
        inForce = checked.assessment();
        byte[] files = RuleSnapshotStore.packed(checked.assessment().source().files());
        Optional<RuleSetActivation> last = log.latest();
        String version = checked.assessment().rules().version();
        if (last.isPresent() && last.get().filesSha256().equals(Hashes.sha256(files))) {
            return last.get();   // the same files are in force already
        }
        RuleSetActivation activation = log.append(new RuleSetActivation(0, Instant.now().truncatedTo(
                ChronoUnit.MILLIS), by, origin(checked.assessment().source().origin()), version, checked.testCases(),
                files, null, null));
        LOG.info("rule set {} in force: version {}, {} test cases passed, by {}", activation.seq(), version,
                checked.testCases(), by);
        return activation;
    }

    private static ExitAssessment compiled(RuleSetActivation activation) throws RuleCompilationException {
        return new ExitAssessment(new RuleSource("rule set " + activation.seq(), RuleSetLog.files(activation)));
    }

    private RuleSource folder() throws IOException {
        return configured.isBlank() ? RuleSource.resolve(null) : RuleSource.folder(Path.of(configured));
    }

    private static String origin(String origin) {
        return origin.length() > 255 ? origin.substring(0, 255) : origin;
    }
}
