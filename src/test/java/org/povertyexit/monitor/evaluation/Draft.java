package org.povertyexit.monitor.evaluation;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fact record under construction for a test: starts from a passing baseline and takes overrides by
 * the record's own component names, so a test states only the field it is about, e.g.
 * {@code household.set("wageIncome", "3747.00")}. Text is converted to the component's type (money
 * and numbers to BigDecimal, dates, enum constants); a misspelt name fails the test at once.
 */
public final class Draft<T extends Record> {

    private final Class<T> type;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Draft(Class<T> type) {
        this.type = type;
    }

    public static <T extends Record> Draft<T> of(Class<T> type, Object... namesAndValues) {
        Draft<T> draft = new Draft<>(type);
        for (RecordComponent component : type.getRecordComponents()) {
            draft.values.put(component.getName(), null);
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            draft.set((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return draft;
    }

    public Draft<T> copy() {
        Draft<T> copy = new Draft<>(type);
        copy.values.putAll(values);
        return copy;
    }

    public Draft<T> set(String name, Object value) {
        RecordComponent component = component(name);
        values.put(name, convert(component.getType(), value));
        return this;
    }

    public Object get(String name) {
        component(name);
        return values.get(name);
    }

    public T build() {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] arguments = Arrays.stream(components).map(c -> values.get(c.getName())).toArray();
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(type.getSimpleName() + " rejected " + values, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private RecordComponent component(String name) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no field " + name));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Class<?> target, Object value) {
        if (value == null || target.isInstance(value) || target.isPrimitive()) {
            return value;
        }
        String text = value.toString();
        if (target == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (target == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (target.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) target, text);
        }
        return value;
    }
}
