package org.povertyexit.monitor.service.firing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How the trail's texts are shown in answers, without changing what is stored and hashed: a decimal kept
 * as text ("2600.00") is written as the number it is, and the values a rule bound (kept as JSON text) as
 * the JSON object they are, their decimals as numbers, so that a reader gets numbers where the report has
 * numbers and never JSON inside a string.
 */
public final class TrailJson {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,12})?");
    private static final ObjectMapper PARSER = new ObjectMapper();

    private TrailJson() {
    }

    /** A decimal kept as text, written as a number (anything else as the text it is). */
    public static final class Decimal extends StdSerializer<String> {
        public Decimal() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (DECIMAL.matcher(value).matches()) {
                json.writeNumber(new BigDecimal(value));
            } else {
                json.writeString(value);
            }
        }
    }

    /** The values a rule bound, kept as JSON text, written as that object with its decimals as numbers. */
    public static final class Values extends StdSerializer<String> {
        public Values() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator json, SerializerProvider provider) throws IOException {
            JsonNode parsed = PARSER.readTree(value);
            if (parsed instanceof ObjectNode values) {
                values.properties().forEach(field -> {
                    if (field.getValue().isTextual() && DECIMAL.matcher(field.getValue().asText()).matches()) {
                        field.setValue(DecimalNode.valueOf(new BigDecimal(field.getValue().asText())));
                    }
                });
            }
            json.writeTree(parsed);
        }
    }
}
