package org.povertyexit.monitor.service.web.drill;

import java.time.LocalDate;
import java.util.List;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.PersonalData;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.service.explain.Explanation;

/**
 * A household's file (一户一档) as its page shows it: its result, its facts as the run evaluated them with
 * every member masked (the only household a page ever holds), the date ages are taken on, why it stands
 * where it does (every applicable criterion, from the explanation) and what is to be done about it.
 */
public record HouseholdFile(HouseholdResult result, Household household, Member head, LocalDate assessedOn,
                            Explanation explanation, List<RemediationItem> remediation) {

    /** Made from the run's facts of the household alone ({@code facts}); its members are masked here. */
    static HouseholdFile of(HouseholdResult result, Dataset facts, Explanation explanation, CountyReport county) {
        Household stored = facts.households().get(0);
        Household masked = stored.withMembers(stored.members().stream().map(PersonalData::masked).toList());
        List<RemediationItem> items = county.remediation().stream()
                .filter(item -> item.level() == Level.HOUSEHOLD && item.entityId().equals(result.id())).toList();
        return new HouseholdFile(result, masked, masked.head(), facts.meta().effectiveAssessmentDate(), explanation,
                items);
    }

    /** The criteria of exit (BLOCKING), passed or failed. */
    public List<Explanation.Criterion> exitCriteria() {
        return explanation.criteria().stream().filter(c -> "BLOCKING".equals(c.severity())).toList();
    }

    /** The monitoring (M-) and compliance (D-) checks, raised or not. */
    public List<Explanation.Criterion> flagChecks() {
        return explanation.criteria().stream().filter(c -> !"BLOCKING".equals(c.severity())).toList();
    }
}
