package org.povertyexit.monitor.evaluation;

import java.util.List;

/**
 * A session listener that is also told the outcomes its session settled on, once every rule has fired:
 * the audit trail marks which firing stands for each criterion's outcome.
 */
public interface SettledOutcomes {

    void settled(List<CriterionOutcome> outcomes);
}
