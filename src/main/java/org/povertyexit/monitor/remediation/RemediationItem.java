package org.povertyexit.monitor.remediation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Comparator;
import org.povertyexit.monitor.evaluation.CriterionOutcome;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.evaluation.Severity;

/**
 * One thing to fix, for one department: the failed criterion or raised flag of one entity, the action
 * in Chinese (English beside it), and the gap to close where criteria.md quantifies one.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RemediationItem(
        Level level,
        String entityId,
        String criterion,
        Severity severity,
        Department department,
        String departmentName,
        String action,
        String actionEn,
        BigDecimal gap,
        String unit) {

    /** Report order: level, then entity id, then criterion. */
    public static final Comparator<RemediationItem> ORDER = Comparator.comparing(RemediationItem::level)
            .thenComparing(RemediationItem::entityId).thenComparing(RemediationItem::criterion);

    public static RemediationItem of(CriterionOutcome outcome) {
        return new RemediationItem(outcome.level(), outcome.entityId(), outcome.criterion(), outcome.severity(),
                outcome.department(), outcome.department().label(), outcome.actionZh(), outcome.actionEn(),
                outcome.gap(), outcome.unit());
    }
}
