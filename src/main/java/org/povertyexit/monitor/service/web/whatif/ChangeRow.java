package org.povertyexit.monitor.service.web.whatif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.povertyexit.monitor.dataset.FieldSpec;
import org.povertyexit.monitor.dataset.FieldType;
import org.povertyexit.monitor.scenario.ChangeLevel;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;

/**
 * One row of the form's fact changes: a level, up to two conditions ({@code field = value}, several values
 * as {@code C|D}: any of them), the field to change, set / scale / add, and the value. The row becomes one
 * entry of the scenario's {@code changes} as typed; what it means is the scenario reader's to check.
 */
public record ChangeRow(String level, String whereField, String whereValue, String andField, String andValue,
                        String field, String operation, String value) {

    /** The form's names for a row's inputs; rows repeat them, in order (no index, so htmx can add rows). */
    static final List<String> INPUTS = List.of("change.level", "change.whereField", "change.whereValue",
            "change.andField", "change.andValue", "change.field", "change.operation", "change.value");
    static final List<String> OPERATIONS = List.of("set", "scale", "add");
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** A number as a person types one; anything else goes on as text, for the reader to name. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d{1,30}(\\.\\d{1,15})?");
    private static final Set<FieldType> NUMERIC = Set.of(FieldType.INTEGER, FieldType.MONEY, FieldType.NUMBER);

    public ChangeRow {
        level = level == null || level.isBlank() ? "HOUSEHOLD" : level.strip();
        whereField = stripped(whereField);
        whereValue = stripped(whereValue);
        andField = stripped(andField);
        andValue = stripped(andValue);
        field = stripped(field);
        operation = operation == null || operation.isBlank() ? "set" : operation.strip();
        value = stripped(value);
    }

    static ChangeRow blank() {
        return new ChangeRow(null, null, null, null, null, null, null, null);
    }

    /** The rows as posted; a request whose inputs do not line up into rows is no form of ours. */
    static List<ChangeRow> from(MultiValueMap<String, String> params, int maxRows) {
        List<List<String>> columns = INPUTS.stream().map(name -> params.getOrDefault(name, List.of())).toList();
        int rows = columns.get(0).size();
        if (columns.stream().anyMatch(column -> column.size() != rows) || rows > maxRows) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the change rows do not line up, or more than "
                    + maxRows);
        }
        List<ChangeRow> changes = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            int row = i;
            List<String> cells = columns.stream().map(column -> column.get(row)).toList();
            changes.add(new ChangeRow(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4),
                    cells.get(5), cells.get(6), cells.get(7)));
        }
        return changes;
    }

    /** Nothing typed but what the selects always hold: the row is left out. */
    public boolean isBlank() {
        return whereField.isEmpty() && whereValue.isEmpty() && andField.isEmpty() && andValue.isEmpty()
                && field.isEmpty() && value.isEmpty();
    }

    /** Both conditions on one field: a JSON object holds a key once, so the form says so rather than drop one. */
    boolean repeatsCondition() {
        return !whereField.isEmpty() && whereField.equals(andField);
    }

    /** The change as the scenario input has it. */
    ObjectNode json() {
        ObjectNode change = NODES.objectNode();
        change.put("level", level);
        ObjectNode where = change.putObject("where");
        condition(where, whereField, whereValue);
        condition(where, andField, andValue);
        change.putObject(operation).set(field, operation.equals("set") ? setValue() : number(value));
        return change;
    }

    /** {@code countyCode=640402, housingGrade=C|D → set housingGrade B}: a scenario's name when none is given. */
    String describe() {
        StringBuilder text = new StringBuilder(level);
        if (!whereField.isEmpty() || !whereValue.isEmpty()) {
            text.append(' ').append(whereField).append('=').append(whereValue);
        }
        if (!andField.isEmpty() || !andValue.isEmpty()) {
            text.append(", ").append(andField).append('=').append(andValue);
        }
        return text.append(" → ").append(operation).append(' ').append(field).append(' ').append(value).toString();
    }

    private static void condition(ObjectNode where, String field, String value) {
        if (field.isEmpty() && value.isEmpty()) {
            return;
        }
        if (value.contains("|")) {
            ArrayNode any = where.putArray(field);
            for (String one : value.split("\\|", -1)) {
                any.add(one.strip());
            }
        } else {
            where.put(field, value);
        }
    }

    /** A numeric field's value as a number (rounded as the reader rounds numbers), any other as text. */
    private ValueNode setValue() {
        ChangeLevel changed = ChangeLevel.parse(level);
        FieldSpec spec = changed == null ? null : changed.field(field);
        return spec != null && NUMERIC.contains(spec.type()) ? number(value) : NODES.textNode(value);
    }

    static ValueNode number(String text) {
        return PLAIN_NUMBER.matcher(text).matches() ? NODES.numberNode(new BigDecimal(text)) : NODES.textNode(text);
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
