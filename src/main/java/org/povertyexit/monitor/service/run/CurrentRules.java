package org.povertyexit.monitor.service.run;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.rules.RuleSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rules new runs are evaluated with: the folder named by {@code exit-monitor.rules}, else the
 * usual resolution (./rules, else the embedded copy). Compiled when the service starts, which says
 * which rules are in force, and does not start on rules that do not compile or a named folder that is
 * not there. Read again for every run, so an analyst's edit applies to the next upload; compiled again
 * only when the text changed.
 */
@Component
public class CurrentRules {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentRules.class);

    private final String configured;
    private ExitAssessment compiled;

    public CurrentRules(@Value("${exit-monitor.rules:}") String configured) {
        this.configured = configured;
    }

    @PostConstruct
    void compileAtStart() throws RuleCompilationException {
        ExitAssessment rules;
        try {
            rules = assessment();
        } catch (IOException e) {
            throw new RuleCompilationException(List.of(e.getMessage()
                    + (configured.isBlank() ? "" : " (exit-monitor.rules names " + configured + ")")));
        }
        LOG.info("rules in force: {} ({} files, version {})", rules.source().origin(), rules.source().files().size(),
                rules.rules().version());
    }

    public synchronized ExitAssessment assessment() throws IOException, RuleCompilationException {
        RuleSource source = configured.isBlank() ? RuleSource.resolve(null) : RuleSource.folder(Path.of(configured));
        if (compiled == null || !compiled.source().files().equals(source.files())) {
            compiled = new ExitAssessment(source);
        }
        return compiled;
    }
}
