package org.povertyexit.monitor.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.povertyexit.monitor.report.ReportJson;

/**
 * A table of the report (households, villages, …) as Parquet: the item's own JSON, exactly as the report
 * writes it, in a column {@code json}, beside the fields one filters and groups by taken out of that JSON
 * as columns. Nothing is worked out again: the columns are read from the item.
 */
final class JsonColumns implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a field of the item becomes a column. */
    enum Kind { TEXT, LIST, NUMBER, FLAG }

    record Field(String name, Kind kind) implements Serializable {
    }

    private final List<Field> fields;

    JsonColumns(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    static Field text(String name) {
        return new Field(name, Kind.TEXT);
    }

    static Field list(String name) {
        return new Field(name, Kind.LIST);
    }

    static Field number(String name) {
        return new Field(name, Kind.NUMBER);
    }

    static Field flag(String name) {
        return new Field(name, Kind.FLAG);
    }

    /** countyCode, then the fields, then the item's JSON. */
    StructType schema() {
        List<StructField> columns = new ArrayList<>();
        columns.add(DataTypes.createStructField("countyCode", DataTypes.StringType, false));
        for (Field field : fields) {
            columns.add(DataTypes.createStructField(field.name(), type(field.kind()), true));
        }
        columns.add(DataTypes.createStructField("json", DataTypes.StringType, false));
        return DataTypes.createStructType(columns);
    }

    Row row(String countyCode, byte[] json) {
        try {
            return row(countyCode, ReportJson.MAPPER.readTree(json), new String(json, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns read from {@code item}; {@code json} is kept as the item's text, as it was written. */
    Row row(String countyCode, JsonNode item, String json) {
        Object[] values = new Object[fields.size() + 2];
        values[0] = countyCode;
        for (int i = 0; i < fields.size(); i++) {
            JsonNode node = item.get(fields.get(i).name());
            values[i + 1] = node == null || node.isNull() ? null : value(fields.get(i).kind(), node);
        }
        values[values.length - 1] = json;
        return RowFactory.create(values);
    }

    private static Object value(Kind kind, JsonNode node) {
        return switch (kind) {
            case TEXT -> node.asText();
            case NUMBER -> node.asLong();
            case FLAG -> node.asBoolean();
            case LIST -> {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add(item.asText()));
                yield scala.jdk.javaapi.CollectionConverters.asScala(items).toSeq();
            }
        };
    }

    private static DataType type(Kind kind) {
        return switch (kind) {
            case TEXT -> DataTypes.StringType;
            case NUMBER -> DataTypes.LongType;
            case FLAG -> DataTypes.BooleanType;
            case LIST -> DataTypes.createArrayType(DataTypes.StringType);
        };
    }
}
