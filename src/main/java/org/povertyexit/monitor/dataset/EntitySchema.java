package org.povertyexit.monitor.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The fields of one entity kind (one CSV file, one sheet, one JSON array) and how a row binds to them. */
public record EntitySchema(String name, String label, List<FieldSpec> fields) {

    /** The field a header names, by English name (any case) or Chinese label; null when unknown. */
    public FieldSpec field(String header) {
        String key = header == null ? "" : header.strip();
        for (FieldSpec field : fields) {
            if (field.name().equalsIgnoreCase(key) || field.label().equals(key)) {
                return field;
            }
        }
        return null;
    }

    /**
     * Resolves a header row to fields (null for an unknown column, which is a warning), and reports
     * missing required columns and columns given twice.
     */
    public List<FieldSpec> resolveHeaders(String file, List<String> headers, List<InputError> errors) {
        List<FieldSpec> resolved = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (String header : headers) {
            FieldSpec field = field(header);
            if (field == null) {
                errors.add(InputError.warning(file, 1, header, null, "unknown column, ignored"));
            } else if (seen.containsKey(field.name())) {
                errors.add(InputError.error(file, 1, header, null,
                        "column given twice (also as \"" + seen.get(field.name()) + "\")"));
                field = null;
            } else {
                seen.put(field.name(), header);
            }
            resolved.add(field);
        }
        for (FieldSpec field : fields) {
            if (field.required() && !seen.containsKey(field.name())) {
                errors.add(InputError.error(file, 1, field.name(), null,
                        "required column missing (" + field.name() + " / " + field.label() + ")"));
            }
        }
        return resolved;
    }

    /** Types every field of a record; problems go to {@code errors}, and the result is then partial. */
    public Map<String, Object> bind(RawRecord record, List<InputError> errors) {
        return bind(record, Set.of(), errors);
    }

    /** As above; {@code absent} names required columns the table lacks, already reported at its header. */
    public Map<String, Object> bind(RawRecord record, Set<String> absent, List<InputError> errors) {
        FieldValues typed = new FieldValues(this);
        // a table's rows arrive as field values of this schema, read by position; a JSON object's by name
        FieldValues table = record.values() instanceof FieldValues values && values.of(this) ? values : null;
        for (int position = 0; position < fields.size(); position++) {
            FieldSpec field = fields.get(position);
            Object raw = table != null ? table.at(position) : record.values().get(field.name());
            if (raw == null || raw instanceof String text && text.isBlank()) {
                if (field.required() && !absent.contains(field.name())) {
                    errors.add(record.error(field.name(), null, "required value missing"));
                } else {
                    typed.set(position, field.defaultValue());
                }
                continue;
            }
            try {
                typed.set(position, field.convert(raw));
            } catch (IllegalArgumentException e) {
                errors.add(record.error(field.name(), shown(field, raw.toString()), e.getMessage()));
            }
        }
        return typed;
    }

    /**
     * A value as problems show it: names and ID numbers are personal data, masked as everywhere else
     * (an ID number in any other field is masked by {@link InputError}).
     */
    String shown(FieldSpec field, String value) {
        if (this == DatasetSchema.MEMBERS && field.name().equals("name")) {
            return PersonalData.maskName(value);
        }
        return field.name().equals("idNumber") ? PersonalData.maskIdNumber(value) : value;
    }

    public String displayName() {
        return name + " (" + label + ")";
    }

    @Override
    public String toString() {
        return name.toLowerCase(Locale.ROOT);
    }
}
