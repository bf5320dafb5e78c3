package org.povertyexit.monitor.service.run;

import java.io.IOException;
import java.nio.file.Path;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.rules.RuleSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rules new runs are evaluated with: the folder named by {@code exit-monitor.rules}, else the
 * usual resolution (./rules, else the embedded copy). Read again for every run, so an analyst's edit
 * applies to the next upload; compiled again only when the text changed.
 */
@Component
public class CurrentRules {

    private final String configured;
    private ExitAssessment compiled;

    public CurrentRules(@Value("${exit-monitor.rules:}") String configured) {
        this.configured = configured;
    }

    public synchronized ExitAssessment assessment() throws IOException, RuleCompilationException {
        RuleSource source = configured.isBlank() ? RuleSource.resolve(null) : RuleSource.folder(Path.of(configured));
        if (compiled == null || !compiled.source().files().equals(source.files())) {
            compiled = new ExitAssessment(source);
        }
        return compiled;
    }
}
