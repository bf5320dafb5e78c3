package org.povertyexit.monitor.service.firing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.povertyexit.monitor.evaluation.CriterionOutcome;
import org.povertyexit.monitor.evaluation.Evidence;
import org.povertyexit.monitor.evaluation.Shortfall;

/**
 * One rule firing as the audit trail keeps it: the rule and its criterion, the entity it concerns,
 * the matched facts (by id) and the values the rule bound; for a check, what it compared; and for the
 * firing behind a criterion's outcome (its first failing check, or the evidence of a pass), that
 * outcome. {@code superseded} marks a shortfall that truth maintenance withdrew (an aggregate revised on
 * the way); what stood at the end has {@code superseded == false}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FiringRecord(
        int seq,
        String rule,
        String criterion,
        String severity,
        String level,
        String entityId,
        Boolean passed,
        @JsonSerialize(using = TrailJson.Decimal.class) String measured,
        @JsonSerialize(using = TrailJson.Decimal.class) String threshold,
        String parameter,
        String department,
        @JsonSerialize(using = TrailJson.Decimal.class) String gap,
        String unit,
        String message,
        boolean superseded,
        String facts,
        @JsonSerialize(using = TrailJson.Values.class) String values) {

    static final char SEPARATOR = '\u001f';
    /** How a null field reads in the canonical line. */
    static final String NULL_FIELD = "\u2400";

    /** The text hashed into the run's firings digest; the verifier recomputes it from the stored firing. */
    public String canonicalLine() {
        return seqText(seq) + canonicalFields();
    }

    /** The canonical line after its seq: what two firings alike but for their place in a run share. */
    public String canonicalFields() {
        StringBuilder line = new StringBuilder(256);
        Object[] fields = {rule, criterion, severity, level, entityId, passed, measured, threshold, parameter,
                department, gap, unit, message, superseded, facts, values};
        for (Object field : fields) {
            line.append(field == null ? NULL_FIELD : field.toString()).append(SEPARATOR);
        }
        return line.append('\n').toString();
    }

    /** How the canonical line starts: the seq and a separator. */
    static String seqText(int seq) {
        return Integer.toString(seq) + SEPARATOR;
    }

    public boolean hasOutcome() {
        return passed != null;
    }

    /** A check's firing: the shortfall it derived, what it compared. */
    static FiringRecord check(int seq, String rule, Shortfall s, String facts, String values) {
        return new FiringRecord(seq, rule, s.criterion(), s.severity().name(), s.level().name(), s.entityId(), null,
                plain(s.measured()), plain(s.threshold()), s.parameter(),
                s.department() == null ? null : s.department().name(), plain(s.gap()), s.unit(), s.describe(), false,
                facts, values);
    }

    /** An evidence rule's firing: what the criterion measured for an explained entity. */
    static FiringRecord evidence(int seq, String rule, Evidence e, String facts, String values) {
        return new FiringRecord(seq, rule, e.criterion(), null, e.level().name(), e.entityId(), null,
                plain(e.measured()), plain(e.threshold()), e.parameter(), null, null, null, null, false, facts, values);
    }

    /** This firing as the one behind a criterion's settled outcome. */
    FiringRecord withOutcome(CriterionOutcome outcome) {
        return new FiringRecord(seq, rule, outcome.criterion(), outcome.severity().name(), level, entityId,
                outcome.passed(), plain(outcome.measured()), plain(outcome.threshold()), outcome.parameter(),
                outcome.department().name(), plain(outcome.gap()), outcome.unit(), outcome.message(), superseded,
                facts, values);
    }

    /** A decimal as the trail keeps it: plain text, as the report writes it. */
    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    FiringRecord supersede() {
        return new FiringRecord(seq, rule, criterion, severity, level, entityId, passed, measured, threshold,
                parameter, department, gap, unit, message, true, facts, values);
    }
}
