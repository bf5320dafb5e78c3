package org.povertyexit.monitor.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.povertyexit.monitor.dataset.FieldSpec;
import org.povertyexit.monitor.dataset.FieldType;

/** Reads one entry of {@code changes}: level, where, set, scale, add, typed by the dataset schema. */
final class ChangeReader {

    private static final Set<String> KEYS = Set.of("level", "where", "set", "scale", "add", "description");
    private static final Set<FieldType> NUMERIC = Set.of(FieldType.INTEGER, FieldType.MONEY, FieldType.NUMBER);

    private final ScenarioReader.Problems problems;

    ChangeReader(ScenarioReader.Problems problems) {
        this.problems = problems;
    }

    /** The change, or null when it has problems (they are recorded). */
    FactChange read(int index, JsonNode node) {
        String path = "changes[" + index + "]";
        if (!node.isObject()) {
            problems.add(path, null, "a change is an object with level, where and set/scale/add");
            return null;
        }
        int before = problems.count();
        node.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                problems.add(path + "." + key, null, "unknown key (expected level, where, set, scale, add)");
            }
        });
        JsonNode levelNode = node.path("level");
        ChangeLevel level = levelNode.isTextual() ? ChangeLevel.parse(levelNode.asText()) : null;
        if (level == null) {
            problems.add(path + ".level", levelNode.isMissingNode() ? null : levelNode.asText(),
                    "must be one of HOUSEHOLD, VILLAGE, COUNTY, MEMBER");
            return null;
        }
        Map<String, List<Object>> where = where(path + ".where", node.path("where"), level);
        Map<String, Object> set = set(path + ".set", node.path("set"), level);
        Map<String, BigDecimal> scale = arithmetic(path + ".scale", node.path("scale"), level);
        Map<String, BigDecimal> add = arithmetic(path + ".add", node.path("add"), level);
        if (set.isEmpty() && scale.isEmpty() && add.isEmpty() && problems.count() == before) {
            problems.add(path, null, "nothing to change: give set, scale or add");
        }
        if (problems.count() > before) {
            return null;
        }
        return new FactChange(index, level, where, Collections.unmodifiableMap(set), Map.copyOf(scale),
                Map.copyOf(add));
    }

    private Map<String, List<Object>> where(String path, JsonNode node, ChangeLevel level) {
        Map<String, List<Object>> where = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : entries(path, node)) {
            String at = path + "." + entry.getKey();
            FieldSpec field = level.selector(entry.getKey());
            if (field == null) {
                problems.add(at, null, "no such " + level.noun() + " field");
                continue;
            }
            if (level.isPersonal(field)) {
                problems.add(at, null, field.name() + " is personal data and cannot select: select members by id");
                continue;
            }
            List<Object> accepted = new ArrayList<>();
            JsonNode value = entry.getValue();
            for (JsonNode one : value.isArray() ? value : List.of(value)) {
                Object typed = one.isNull() ? null : convert(at, field, one);
                if (one.isNull() || typed != null) {
                    accepted.add(typed);
                }
            }
            if (value.isArray() && value.isEmpty()) {
                problems.add(at, "[]", "an empty list matches nothing");
            }
            where.put(level.isDerived(entry.getKey()) ? entry.getKey() : field.name(), accepted);
        }
        return where;
    }

    private Map<String, Object> set(String path, JsonNode node, ChangeLevel level) {
        Map<String, Object> set = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : entries(path, node)) {
            String at = path + "." + entry.getKey();
            FieldSpec field = changeable(at, entry.getKey(), level);
            JsonNode value = entry.getValue();
            if (field == null) {
                continue;
            }
            if (value.isNull()) {
                if (field.required()) {
                    problems.add(at, null, "required value missing: " + field.name() + " cannot be cleared");
                } else {
                    set.put(field.name(), field.defaultValue());
                }
                continue;
            }
            Object raw = value;
            if (value.isNumber() && NUMERIC.contains(field.type())) {
                try {
                    raw = FactChange.round(field, value.decimalValue());
                } catch (ArithmeticException e) {
                    problems.add(at, value.toString(), "out of range");
                    continue;
                }
            }
            Object typed = convert(at, field, raw);
            if (typed != null) {
                set.put(field.name(), typed);
            }
        }
        return set;
    }

    private Map<String, BigDecimal> arithmetic(String path, JsonNode node, ChangeLevel level) {
        Map<String, BigDecimal> operands = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : entries(path, node)) {
            String at = path + "." + entry.getKey();
            FieldSpec field = changeable(at, entry.getKey(), level);
            if (field == null) {
                continue;
            }
            if (!NUMERIC.contains(field.type())) {
                problems.add(at, null, "not a numeric field (" + field.type() + "); use set");
            } else if (!entry.getValue().isNumber()) {
                problems.add(at, entry.getValue().toString(), "not a number");
            } else {
                operands.put(field.name(), entry.getValue().decimalValue());
            }
        }
        return operands;
    }

    private FieldSpec changeable(String at, String name, ChangeLevel level) {
        FieldSpec field = level.field(name);
        if (field == null) {
            problems.add(at, null, "no such " + level.noun() + " field");
            return null;
        }
        if (level.isIdentity(field)) {
            problems.add(at, null, field.name() + " identifies the " + level.noun() + " and cannot be changed");
            return null;
        }
        return field;
    }

    private Object convert(String at, FieldSpec field, Object raw) {
        if (raw instanceof JsonNode json) {
            if (json.isContainerNode()) {
                problems.add(at, json.toString(), "expected a single value");
                return null;
            }
            raw = scalar(json);
        }
        try {
            return field.convert(raw);
        } catch (IllegalArgumentException e) {
            problems.add(at, raw.toString(), e.getMessage());
            return null;
        }
    }

    private static Object scalar(JsonNode json) {
        return json.isBoolean() ? json.booleanValue() : json.isNumber() ? json.decimalValue() : json.asText();
    }

    private List<Map.Entry<String, JsonNode>> entries(String path, JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return entries;
        }
        if (!node.isObject()) {
            problems.add(path, null, "must be an object of field name to value");
            return entries;
        }
        node.fields().forEachRemaining(entries::add);
        return entries;
    }
}
