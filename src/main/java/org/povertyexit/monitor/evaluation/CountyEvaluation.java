package org.povertyexit.monitor.evaluation;

import java.util.List;
import org.povertyexit.monitor.remediation.RemediationItem;

/** What one county's rule session derived: every outcome, the remediation items, the projected poor counts. */
public record CountyEvaluation(
        String countyCode,
        List<CriterionOutcome> outcomes,
        List<RemediationItem> remediation,
        List<VillagePoverty> villagePoverty,
        List<CountyPoverty> countyPoverty,
        long firings) {
}
