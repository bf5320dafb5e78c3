package org.povertyexit.monitor.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A parameter's value from a date on (until the next one), with where it comes from. {@code counties}
 * null: the default, for every county; else a local policy that applies to those counties only.
 */
public record DatedValue(LocalDate from, BigDecimal value, String source, boolean verified, String note,
                         List<String> counties) {

    public DatedValue {
        counties = counties == null ? null : List.copyOf(counties);
    }

    public boolean scoped() {
        return counties != null;
    }

    public boolean appliesTo(String county) {
        return counties != null && counties.contains(county);
    }
}
