package org.povertyexit.monitor.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A parameter's value from a date on (until the next one), with where it comes from. */
public record DatedValue(LocalDate from, BigDecimal value, String source, boolean verified, String note) {
}
