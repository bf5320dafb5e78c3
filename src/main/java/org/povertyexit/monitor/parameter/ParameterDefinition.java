package org.povertyexit.monitor.parameter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One parameter file of {@code rules/parameters/}: what it means, its unit, and its dated values. */
public record ParameterDefinition(String name, String description, String unit, String documentation,
                                  String file, List<DatedValue> values) {

    public ParameterDefinition {
        values = values.stream().sorted(Comparator.comparing(DatedValue::from)).toList();
    }

    /** The value in force on {@code date}: the latest one that took effect on or before it. */
    public Optional<DatedValue> valueOn(LocalDate date) {
        DatedValue current = null;
        for (DatedValue value : values) {
            if (!value.from().isAfter(date)) {
                current = value;
            }
        }
        return Optional.ofNullable(current);
    }
}
