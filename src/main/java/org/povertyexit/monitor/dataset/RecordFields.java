package org.povertyexit.monitor.dataset;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an entity's values in the field order of its {@link EntitySchema}, for the table writers.
 * Record components carry the field names of data-format.md, so the schema stays the one list of
 * fields; an accessor missing for a field fails at start-up, not in the middle of an export.
 */
final class RecordFields {

    static final RecordFields META = new RecordFields(DatasetSchema.META, Meta.class);
    static final RecordFields COUNTIES = new RecordFields(DatasetSchema.COUNTIES, County.class);
    static final RecordFields VILLAGES = new RecordFields(DatasetSchema.VILLAGES, Village.class);
    static final RecordFields HOUSEHOLDS = new RecordFields(DatasetSchema.HOUSEHOLDS, Household.class);
    static final RecordFields MEMBERS = new RecordFields(DatasetSchema.MEMBERS, Member.class);

    private final EntitySchema schema;
    private final List<Method> accessors = new ArrayList<>();

    private RecordFields(EntitySchema schema, Class<? extends Record> type) {
        this.schema = schema;
        for (FieldSpec field : schema.fields()) {
            Method accessor = null;
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(field.name())) {
                    accessor = component.getAccessor();
                }
            }
            if (accessor == null) {
                throw new IllegalStateException(type.getSimpleName() + " has no component " + field.name());
            }
            accessors.add(accessor);
        }
    }

    EntitySchema schema() {
        return schema;
    }

    /** The entity's typed values, one per field of the schema, null where absent. */
    Object[] values(Record entity) {
        Object[] values = new Object[accessors.size()];
        try {
            for (int i = 0; i < values.length; i++) {
                values[i] = accessors.get(i).invoke(entity);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + schema.name() + " values", e);
        }
        return values;
    }
}
