package org.povertyexit.monitor.dataset;

import java.util.Map;

/**
 * One entity as read, before typing: values by field name (already resolved from English or Chinese
 * headers), each a String (CSV/XLSX cell) or a JSON scalar. {@code path} locates it inside a JSON
 * file ({@code households[3]}); {@code row} inside a CSV file or sheet (header = row 1).
 */
public record RawRecord(String file, Integer row, String path, Map<String, Object> values) {

    /** Where the record was, without its values: what is kept of it once it is typed. */
    public RawRecord location() {
        return new RawRecord(file, row, path, Map.of());
    }

    /** A problem with a field of this record, naming the record by its id (or code) when it has one. */
    public InputError error(String field, Object value, String reason) {
        return InputError.error(file, row, qualified(field), value == null ? null : value.toString(), reason)
                .about(entityId(values));
    }

    /** The id (households, members) or code (counties, villages) among the values, when there is one. */
    static String entityId(Map<String, Object> values) {
        Object id = values.containsKey("id") ? values.get("id") : values.get("code");
        return id == null ? null : id.toString().strip();
    }

    private String qualified(String field) {
        if (path == null) {
            return field;
        }
        return field == null ? path : path + "." + field;
    }
}
