package org.povertyexit.monitor.evaluation;

import java.math.BigDecimal;
import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Village;

/**
 * Derived only for an entity being explained (an {@link Explain} fact): what one criterion measured
 * and the threshold it was held to, whether it passed or not. An evaluation that explains nothing
 * derives none, so a passing household costs no more than its checks.
 */
public record Evidence(Level level, String entityId, String criterion, String parameter, BigDecimal measured,
                       BigDecimal threshold) {

    public static Evidence of(RuleContext drools, Household household) {
        return of(drools, Level.HOUSEHOLD, household.id());
    }

    /** The same, in a rule compiled to the executable model, whose {@code drools} is the rule context. */
    public static Evidence of(Drools drools, Household household) {
        return of((RuleContext) drools, Level.HOUSEHOLD, household.id());
    }

    public static Evidence of(RuleContext drools, Village village) {
        return of(drools, Level.VILLAGE, village.code());
    }

    /** The same, in a rule compiled to the executable model, whose {@code drools} is the rule context. */
    public static Evidence of(Drools drools, Village village) {
        return of((RuleContext) drools, Level.VILLAGE, village.code());
    }

    public static Evidence of(RuleContext drools, County county) {
        return of(drools, Level.COUNTY, county.code());
    }

    /** The same, in a rule compiled to the executable model, whose {@code drools} is the rule context. */
    public static Evidence of(Drools drools, County county) {
        return of((RuleContext) drools, Level.COUNTY, county.code());
    }

    private static Evidence of(RuleContext drools, Level level, String entityId) {
        Object criterion = drools.getRule().getMetaData().get("evidence");
        if (criterion == null) {
            throw new IllegalStateException("rule \"" + drools.getRule().getName() + "\" lacks @evidence");
        }
        return new Evidence(level, entityId, criterion.toString(), null, null, null);
    }

    /** What the criterion compares: the measured value against the threshold (a parameter's value, if named). */
    public Evidence compared(String parameterName, Number measuredValue, Number thresholdValue) {
        return new Evidence(level, entityId, criterion, parameterName, Decimals.of(measuredValue),
                Decimals.of(thresholdValue));
    }
}
