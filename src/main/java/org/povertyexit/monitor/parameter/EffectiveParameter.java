package org.povertyexit.monitor.parameter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The value a run used, with its provenance: effective date, source, whether verified, or that a
 * scenario overrode it. This is what an auditor sees next to a threshold.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EffectiveParameter(String name, BigDecimal value, String unit, LocalDate effectiveFrom,
                                 String source, boolean verified, boolean overridden, String file) {

    public Parameter fact() {
        return new Parameter(name, value);
    }

    EffectiveParameter overriddenWith(BigDecimal newValue) {
        return new EffectiveParameter(name, newValue, unit, effectiveFrom, "scenario override", false, true, file);
    }
}
