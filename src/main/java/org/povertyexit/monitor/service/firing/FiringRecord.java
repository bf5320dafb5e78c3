package org.povertyexit.monitor.service.firing;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One rule firing as the audit trail keeps it: the rule and its criterion, the entity it concerns,
 * the matched facts (by id) and the values the rule bound, and, for a criterion rule, the outcome
 * its consequence derived. {@code superseded} marks an outcome that a later firing replaced (an
 * aggregate revised on the way); the outcome that stood at the end has {@code superseded == false}.
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
        String measured,
        String threshold,
        String parameter,
        String department,
        String gap,
        String unit,
        String message,
        boolean superseded,
        String facts,
        String values) {

    private static final char SEPARATOR = '\u001f';

    /** The text hashed into the run's firings digest; the verifier recomputes it from the stored row. */
    public String canonicalLine() {
        StringBuilder line = new StringBuilder(256);
        Object[] fields = {seq, rule, criterion, severity, level, entityId, passed, measured, threshold, parameter,
                department, gap, unit, message, superseded, facts, values};
        for (Object field : fields) {
            line.append(field == null ? "\u2400" : field.toString()).append(SEPARATOR);
        }
        return line.append('\n').toString();
    }

    public boolean hasOutcome() {
        return passed != null;
    }

    FiringRecord supersede() {
        return new FiringRecord(seq, rule, criterion, severity, level, entityId, passed, measured, threshold,
                parameter, department, gap, unit, message, true, facts, values);
    }
}
