package org.povertyexit.monitor.parameter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One parameter file of {@code rules/parameters/}: what it means, its unit, and its dated values, the
 * defaults and those scoped to counties (local policies).
 */
public record ParameterDefinition(String name, String description, String unit, String documentation,
                                  String file, List<DatedValue> values) {

    public ParameterDefinition {
        values = values.stream().sorted(Comparator.comparing(DatedValue::from)).toList();
    }

    /** The default in force on {@code date}: the latest value without counties that took effect by then. */
    public Optional<DatedValue> valueOn(LocalDate date) {
        return latest(date, null);
    }

    /**
     * The value a county takes on {@code date}: the latest value scoped to it that took effect by then,
     * however recent the default; without one, the default in force.
     */
    public Optional<DatedValue> valueOn(LocalDate date, String county) {
        Optional<DatedValue> local = latest(date, county);
        return local.isPresent() ? local : valueOn(date);
    }

    /** Every county a value of this parameter is scoped to, sorted. */
    public SortedSet<String> counties() {
        SortedSet<String> counties = new TreeSet<>();
        values.stream().filter(DatedValue::scoped).forEach(value -> counties.addAll(value.counties()));
        return counties;
    }

    /**
     * The last day {@code value} holds, null while it still does: the day before the next default for a
     * default; for a scoped value, the day before the last of its counties has a later value of its own.
     */
    public LocalDate until(DatedValue value) {
        if (!value.scoped()) {
            return values.stream().filter(next -> !next.scoped() && next.from().isAfter(value.from()))
                    .map(next -> next.from().minusDays(1)).findFirst().orElse(null);
        }
        LocalDate last = null;
        for (String county : value.counties()) {
            Optional<DatedValue> next = values.stream()
                    .filter(later -> later.appliesTo(county) && later.from().isAfter(value.from())).findFirst();
            if (next.isEmpty()) {
                return null;
            }
            LocalDate day = next.get().from().minusDays(1);
            last = last == null || day.isAfter(last) ? day : last;
        }
        return last;
    }

    /** The latest value that took effect by {@code date}: of the defaults (county null) or scoped to the county. */
    private Optional<DatedValue> latest(LocalDate date, String county) {
        DatedValue current = null;
        for (DatedValue value : values) {
            boolean ofScope = county == null ? !value.scoped() : value.appliesTo(county);
            if (ofScope && !value.from().isAfter(date)) {
                current = value;
            }
        }
        return Optional.ofNullable(current);
    }
}
