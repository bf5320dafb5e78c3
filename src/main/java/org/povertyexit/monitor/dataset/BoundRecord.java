package org.povertyexit.monitor.dataset;

/** A record once typed: where it was read, its values, and its place in reading order. */
record BoundRecord(RawRecord source, TypedRow values, long sequence) {

    String id(String field) {
        return values.text(field);
    }
}
