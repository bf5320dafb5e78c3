package org.povertyexit.monitor.parameter;

import java.math.BigDecimal;

/** A parameter as the rules see it: the value in force on the assessment date (or a scenario's override). */
public record Parameter(String name, BigDecimal value) {
}
