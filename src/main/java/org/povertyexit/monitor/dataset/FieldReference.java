package org.povertyexit.monitor.dataset;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The field tables of docs/data-format.md, written from {@link DatasetSchema}: the document shows the
 * fields the program reads, and a test holds the two together.
 */
public final class FieldReference {

    private FieldReference() {
    }

    /** One entity's fields as a Markdown table: name, Chinese header, type and range, required or default. */
    public static String table(EntitySchema schema) {
        StringBuilder table = new StringBuilder("| field | 中文表头 | type | required |\n|---|---|---|---|\n");
        for (FieldSpec field : schema.fields()) {
            table.append("| ").append(field.name()).append(" | ").append(field.label()).append(" | ")
                    .append(type(field)).append(" | ").append(required(field)).append(" |\n");
        }
        return table.toString();
    }

    private static String type(FieldSpec field) {
        if (field.type() == FieldType.ENUM) {
            StringJoiner values = new StringJoiner(" / ");
            for (Enum<?> value : field.enumType().getEnumConstants()) {
                boolean ownLabel = value instanceof Labelled labelled && !labelled.label().equals(value.name());
                values.add(ownLabel ? value.name() + " " + ((Labelled) value).label() : value.name());
            }
            return values.toString();
        }
        String type = field.type().name().toLowerCase(Locale.ROOT);
        return field.min() == null && field.max() == null ? type : type + " " + field.rangeText();
    }

    private static String required(FieldSpec field) {
        if (field.required()) {
            return "yes";
        }
        Object value = field.defaultValue();
        if (value == null) {
            return "no";
        }
        String shown = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        return "no (" + shown + ")";
    }
}
