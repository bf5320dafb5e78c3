package org.povertyexit.monitor.scenario;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.povertyexit.monitor.dataset.EntitySchema;
import org.povertyexit.monitor.dataset.FieldSpec;
import org.povertyexit.monitor.dataset.RawRecord;

/**
 * An input record's values by schema field name, and back to a {@link RawRecord} for the assembler.
 * The fact records name their components as data-format.md names the fields, so the schema is the
 * one field table here too; a component the schema lacks (a household's members) is not a field.
 */
final class EntityValues {

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private EntityValues() {
    }

    /** Every schema field of {@code entity}, typed, in schema order. */
    static Map<String, Object> of(Record entity, EntitySchema schema) {
        Map<String, Method> accessors = accessors(entity.getClass(), schema);
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldSpec field : schema.fields()) {
            values.put(field.name(), invoke(accessors.get(field.name()), entity));
        }
        return values;
    }

    /** One field's typed value. */
    static Object get(Record entity, EntitySchema schema, String field) {
        return invoke(accessors(entity.getClass(), schema).get(field), entity);
    }

    /**
     * The values as a raw record again: typed values are valid raw values (FieldType converts a
     * BigDecimal, Integer, enum constant, Boolean or LocalDate back to itself), so the assembler
     * re-checks a changed entity exactly as it checked the input.
     */
    static RawRecord raw(String file, String path, Map<String, Object> values) {
        return new RawRecord(file, null, path, new LinkedHashMap<>(values));
    }

    private static Map<String, Method> accessors(Class<?> type, EntitySchema schema) {
        return ACCESSORS.computeIfAbsent(type, t -> {
            Map<String, Method> byField = new LinkedHashMap<>();
            for (RecordComponent component : t.getRecordComponents()) {
                FieldSpec field = schema.field(component.getName());
                if (field != null && field.name().equals(component.getName())) {
                    byField.put(field.name(), component.getAccessor());
                }
            }
            for (FieldSpec field : schema.fields()) {
                if (!byField.containsKey(field.name())) {
                    throw new IllegalStateException(t.getSimpleName() + " has no component " + field.name());
                }
            }
            return byField;
        });
    }

    private static Object invoke(Method accessor, Record entity) {
        try {
            return accessor.invoke(entity);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName(), e);
        }
    }
}
