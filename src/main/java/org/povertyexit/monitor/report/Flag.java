package org.povertyexit.monitor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.povertyexit.monitor.evaluation.CriterionOutcome;
import org.povertyexit.monitor.evaluation.Severity;

/** A failed criterion or raised flag as the report shows it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Flag(String criterion, Severity severity, BigDecimal measured, BigDecimal threshold, String parameter,
                   String rule, String message) {

    static Flag of(CriterionOutcome outcome) {
        return new Flag(outcome.criterion(), outcome.severity(), outcome.measured(), outcome.threshold(),
                outcome.parameter(), outcome.rule(), outcome.message());
    }
}
