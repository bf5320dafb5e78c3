package org.povertyexit.monitor.dataset;

import java.math.BigDecimal;

/**
 * One field of data-format.md: English name, Chinese label, type, whether required, the default
 * when absent, and the allowed range ({@code min}/{@code max} inclusive, null for none).
 */
public record FieldSpec(String name, String label, FieldType type, boolean required, Object defaultValue,
                        BigDecimal min, BigDecimal max, Class<? extends Enum<?>> enumType) {

    static FieldSpec required(String name, String label, FieldType type) {
        return new FieldSpec(name, label, type, true, null, null, null, null);
    }

    static FieldSpec optional(String name, String label, FieldType type, Object defaultValue) {
        return new FieldSpec(name, label, type, false, defaultValue, null, null, null);
    }

    FieldSpec range(long min, Long max) {
        return new FieldSpec(name, label, type, required, defaultValue, BigDecimal.valueOf(min),
                max == null ? null : BigDecimal.valueOf(max), enumType);
    }

    FieldSpec nonNegative() {
        return range(0, null);
    }

    FieldSpec of(Class<? extends Enum<?>> type) {
        return new FieldSpec(name, label, FieldType.ENUM, required, defaultValue, min, max, type);
    }

    /** Converts a raw value and checks its range; throws with the reason a user reads. */
    public Object convert(Object raw) {
        Object value = type.convert(raw, enumType);
        if (value instanceof Number number && (min != null || max != null)) {
            // a decimal as it is, a whole number (an Integer) exactly: no text made and read back per cell
            BigDecimal decimal = number instanceof BigDecimal exact ? exact : BigDecimal.valueOf(number.longValue());
            if (min != null && decimal.compareTo(min) < 0 || max != null && decimal.compareTo(max) > 0) {
                throw new IllegalArgumentException("out of range: must be " + rangeText());
            }
        }
        return value;
    }

    String rangeText() {
        if (max == null) {
            return min.signum() == 0 ? "≥ 0" : "≥ " + min.toPlainString();
        }
        return min.toPlainString() + ".." + max.toPlainString();
    }
}
