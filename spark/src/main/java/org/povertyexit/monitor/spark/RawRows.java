package org.povertyexit.monitor.spark;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.povertyexit.monitor.dataset.RawRecord;

/**
 * A row of an input table as the job carries it between stages: its text values by field name (a
 * {@link HashMap}, serialisable where {@link RawRecord} is not), absent where blank.
 */
final class RawRows {

    private RawRows() {
    }

    static HashMap<String, String> values(Row row) {
        String[] names = row.schema().fieldNames();
        HashMap<String, String> values = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            String value = row.getString(i);
            if (value != null) {
                values.put(names[i], value);
            }
        }
        return values;
    }

    /** The record the dataset's checks take; Spark keeps no row numbers, so a problem names the entity's id. */
    static RawRecord record(String file, Map<String, String> values) {
        return new RawRecord(file, null, null, new HashMap<>(values));
    }
}
