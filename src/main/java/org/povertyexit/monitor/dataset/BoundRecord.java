package org.povertyexit.monitor.dataset;

/** A record once typed: where it was read, its values, and its place in reading order. */
record BoundRecord(RawRecord source, TypedRow values, long sequence) {

    String id(String field) {
        return values.text(field);
    }

    /** A problem with one of the record's fields, naming the record by its id. */
    InputError error(String field, Object value, String reason) {
        return source.error(field, value, reason).about(RawRecord.entityId(values.values()));
    }
}
