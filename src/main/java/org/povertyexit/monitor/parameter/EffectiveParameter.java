package org.povertyexit.monitor.parameter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The value a run used, with its provenance: effective date, source, whether verified, or that a
 * scenario overrode it. This is what an auditor sees next to a threshold. {@code counties} null: the
 * default; else the counties this value applied to in place of the default (a local policy). Stored
 * as JSON with a run, where a default leaves {@code counties} out, as runs stored before it did.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EffectiveParameter(String name, BigDecimal value, String unit, LocalDate effectiveFrom,
                                 String source, boolean verified, boolean overridden, String file,
                                 List<String> counties) {

    public EffectiveParameter {
        counties = counties == null ? null : List.copyOf(counties);
    }

    public Parameter fact() {
        return new Parameter(name, value);
    }

    public boolean scoped() {
        return counties != null;
    }

    EffectiveParameter overriddenWith(BigDecimal newValue) {
        return new EffectiveParameter(name, newValue, unit, effectiveFrom, "scenario override", false, true, file,
                counties);
    }

    /** The same value for these counties (null: as the default). */
    EffectiveParameter scopedTo(List<String> newCounties) {
        return new EffectiveParameter(name, value, unit, effectiveFrom, source, verified, overridden, file,
                newCounties);
    }
}
