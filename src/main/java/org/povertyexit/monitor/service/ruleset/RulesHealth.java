package org.povertyexit.monitor.service.ruleset;

import org.povertyexit.monitor.ExitAssessment;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * For operators ({@code GET /actuator/health}): the rules in force, and why the rules folder's text is
 * not in force when it was changed and does not pass (the service goes on with the set in force).
 */
@Component("rules")
public class RulesHealth implements HealthIndicator {

    private final CurrentRules rules;

    public RulesHealth(CurrentRules rules) {
        this.rules = rules;
    }

    @Override
    public Health health() {
        ExitAssessment assessment = rules.assessment();
        Health.Builder health = Health.up().withDetail("origin", assessment.source().origin())
                .withDetail("version", assessment.rules().version());
        if (!rules.folderProblems().isEmpty()) {
            health.withDetail("rulesFolderNotInForce", rules.folderProblems());
        }
        return health.build();
    }
}
