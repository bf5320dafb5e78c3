package org.povertyexit.monitor.dataset;

import java.io.IOException;

/**
 * What the CSV and XLSX writers share: one table per entity kind, columns in data-format.md order,
 * members as rows of their own table carrying householdId. Subclasses write a row of typed values.
 */
abstract class TableDatasetWriter implements DatasetWriter {

    private static final int HOUSEHOLD_ID = DatasetSchema.MEMBERS.fields().indexOf(
            DatasetSchema.MEMBERS.field("householdId"));

    protected final HeaderLanguage headers;

    protected TableDatasetWriter(HeaderLanguage headers) {
        this.headers = headers;
    }

    /** Writes one row of {@code schema}'s table; {@code values} are typed, in the schema's field order. */
    protected abstract void row(EntitySchema schema, Object[] values) throws IOException;

    /** The header cells of {@code schema}'s table. */
    protected String[] headerRow(EntitySchema schema) {
        return schema.fields().stream().map(headers::header).toArray(String[]::new);
    }

    @Override
    public void meta(Meta meta) throws IOException {
        row(DatasetSchema.META, headers.values(RecordFields.META.values(meta)));
    }

    @Override
    public void county(County county) throws IOException {
        row(DatasetSchema.COUNTIES, headers.values(RecordFields.COUNTIES.values(county)));
    }

    @Override
    public void village(Village village) throws IOException {
        row(DatasetSchema.VILLAGES, headers.values(RecordFields.VILLAGES.values(village)));
    }

    @Override
    public void household(Household household) throws IOException {
        row(DatasetSchema.HOUSEHOLDS, headers.values(RecordFields.HOUSEHOLDS.values(household)));
        for (Member member : household.members()) {
            Object[] values = RecordFields.MEMBERS.values(member);
            // nesting decides membership (as in the JSON form), whatever the member object says
            values[HOUSEHOLD_ID] = household.id();
            row(DatasetSchema.MEMBERS, headers.values(values));
        }
    }
}
