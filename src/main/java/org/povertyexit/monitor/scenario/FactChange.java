package org.povertyexit.monitor.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.dataset.FieldSpec;
import org.povertyexit.monitor.dataset.FieldType;
import org.povertyexit.monitor.dataset.PersonalData;

/**
 * One entry of a scenario's {@code changes}, already checked against the schema: {@code where}
 * values are typed (a list means "any of these"), {@code set} values are typed and rounded, and
 * {@code scale}/{@code add} name numeric fields only. Within one change, set applies first, then
 * scale, then add.
 */
public record FactChange(int index, ChangeLevel level, Map<String, List<Object>> where, Map<String, Object> set,
                         Map<String, BigDecimal> scale, Map<String, BigDecimal> add) {

    /** How errors name it: {@code changes[2]}. */
    public String path() {
        return "changes[" + index + "]";
    }

    /** Applies set, scale and add to one entity's values (by field name), rounding each changed field. */
    public void applyTo(Map<String, Object> values) throws ArithmeticException {
        values.putAll(set);
        scale.forEach((name, factor) -> values.put(name, rounded(name, decimal(values.get(name)).multiply(factor))));
        add.forEach((name, amount) -> values.put(name, rounded(name, decimal(values.get(name)).add(amount))));
    }

    /** The fields scale or add would compute on; an entity without a value there cannot be changed so. */
    public List<String> arithmeticFields() {
        return java.util.stream.Stream.concat(scale.keySet().stream(), add.keySet().stream()).distinct().toList();
    }

    /**
     * The selector as a message shows it: {@code countyCode=640422, housingGrade=C|D}. Names and ID
     * numbers are masked, as everywhere else they leave the program.
     */
    public String describeWhere() {
        if (where.isEmpty()) {
            return "{} (all)";
        }
        StringBuilder text = new StringBuilder();
        where.forEach((field, values) -> {
            text.append(text.isEmpty() ? "" : ", ").append(field).append('=');
            for (int i = 0; i < values.size(); i++) {
                text.append(i == 0 ? "" : "|").append(shown(field, values.get(i)));
            }
        });
        return text.toString();
    }

    private String shown(String field, Object value) {
        if (value == null) {
            return "null";
        }
        if (level != ChangeLevel.MEMBER) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }
        return switch (field) {
            case "idNumber" -> PersonalData.maskIdNumber(value.toString());
            case "name" -> PersonalData.maskName(value.toString());
            default -> value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        };
    }

    private Object rounded(String name, BigDecimal value) {
        return round(level.field(name), value);
    }

    /** Money to 0.01 half-up, integers to a whole number; other numbers as computed (report-format.md). */
    static Object round(FieldSpec field, BigDecimal value) {
        if (field.type() == FieldType.MONEY) {
            return value.setScale(2, RoundingMode.HALF_UP);
        }
        if (field.type() == FieldType.INTEGER) {
            return value.setScale(0, RoundingMode.HALF_UP).intValueExact();
        }
        return value.stripTrailingZeros();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof Integer whole ? BigDecimal.valueOf(whole) : (BigDecimal) value;
    }
}
