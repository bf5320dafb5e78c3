package org.povertyexit.monitor.parameter;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scenario's (or a rule test case's) new value for a parameter: in every county, scoped values
 * included ({@code counties} null), or in the counties listed only.
 */
public record ParameterOverride(String name, BigDecimal value, List<String> counties) {

    public ParameterOverride {
        counties = counties == null ? null : List.copyOf(counties);
    }

    public static ParameterOverride everywhere(String name, BigDecimal value) {
        return new ParameterOverride(name, value, null);
    }

    public boolean scoped() {
        return counties != null;
    }
}
