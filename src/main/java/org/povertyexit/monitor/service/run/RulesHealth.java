package org.povertyexit.monitor.service.run;

import java.io.IOException;
import java.util.List;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** For operators ({@code GET /actuator/health}): whether the rules in force can evaluate the next upload. */
@Component("rules")
public class RulesHealth implements HealthIndicator {

    private final CurrentRules rules;

    public RulesHealth(CurrentRules rules) {
        this.rules = rules;
    }

    @Override
    public Health health() {
        try {
            ExitAssessment assessment = rules.assessment();
            return Health.up().withDetail("origin", assessment.source().origin())
                    .withDetail("version", assessment.rules().version()).build();
        } catch (RuleCompilationException e) {
            return Health.down().withDetail("problems", e.problems()).build();
        } catch (IOException e) {
            return Health.down().withDetail("problems", List.of(e.getMessage())).build();
        }
    }
}
