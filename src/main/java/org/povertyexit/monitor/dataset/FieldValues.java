package org.povertyexit.monitor.dataset;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The typed values of one bound row, by field name, held in an array in schema order. The assembler
 * keeps one per row until every cross check is done: with millions of members, a hash map per row
 * would cost several times the data it holds.
 */
final class FieldValues extends AbstractMap<String, Object> {

    /** Field positions per schema, looked up by name. */
    private static final Map<EntitySchema, Map<String, Integer>> POSITIONS = new java.util.IdentityHashMap<>();

    static {
        DatasetSchema.ALL.forEach(schema -> POSITIONS.put(schema, positionsOf(schema)));
    }

    private static final Object ABSENT = new Object();

    private final EntitySchema schema;
    private final List<FieldSpec> fields;
    private final Map<String, Integer> positions;
    private final Object[] values;

    FieldValues(EntitySchema schema) {
        this.schema = schema;
        this.fields = schema.fields();
        Map<String, Integer> known = POSITIONS.get(schema);
        this.positions = known != null ? known : positionsOf(schema);
        this.values = new Object[fields.size()];
        java.util.Arrays.fill(values, ABSENT);
    }

    private static Map<String, Integer> positionsOf(EntitySchema schema) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < schema.fields().size(); i++) {
            positions.put(schema.fields().get(i).name(), i);
        }
        return positions;
    }

    /** Whether these are values of {@code other}'s fields, so that {@link #at} reads them by its positions. */
    boolean of(EntitySchema other) {
        return schema == other;
    }

    /** The value of the field at {@code position}, null when absent: a read without a lookup. */
    Object at(int position) {
        Object value = values[position];
        return value == ABSENT ? null : value;
    }

    /** Sets the value of the schema's field at {@code position}. */
    void set(int position, Object value) {
        values[position] = value;
    }

    @Override
    public Object get(Object name) {
        Integer at = positions.get(name);
        return at == null || values[at] == ABSENT ? null : values[at];
    }

    @Override
    public boolean containsKey(Object name) {
        Integer at = positions.get(name);
        return at != null && values[at] != ABSENT;
    }

    @Override
    public Object put(String name, Object value) {
        Integer at = positions.get(name);
        if (at == null) {
            throw new IllegalArgumentException("no field " + name);
        }
        Object previous = get(name);
        values[at] = value;
        return previous;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < values.length && values[i] == ABSENT) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> entry = new SimpleImmutableEntry<>(fields.get(next).name(), values[next]);
                        next = advance(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                int size = 0;
                for (Object value : values) {
                    size += value == ABSENT ? 0 : 1;
                }
                return size;
            }
        };
    }
}
