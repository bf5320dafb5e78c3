package org.povertyexit.monitor.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of data-format.md. Arrays are streamed element by element, so a large file is never
 * held as one tree; members nested in a household take that household's id.
 */
public final class JsonDatasetReader implements DatasetReader {

    /** Decimals stay exact: money is compared as BigDecimal, never through a double. */
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Override
    public String metaSource(Path input) {
        return input.getFileName().toString();
    }

    @Override
    public void read(Path input, DatasetAssembler assembler) throws IOException {
        String file = input.getFileName().toString();
        try (InputStream in = Files.newInputStream(input)) {
            read(file, in, assembler);
        }
    }

    /** Reads JSON from a stream ({@code file} names it in problems): uploads and rule test cases. */
    public void read(String file, InputStream input, DatasetAssembler assembler) throws IOException {
        Set<String> warned = new HashSet<>();
        InputStream in = new BufferedInputStream(input, TextFileCheck.SNIFF_BYTES);
        String notText = TextFileCheck.check(in, "JSON").problem();
        if (notText != null) {
            unreadable(file, null, notText, assembler);
            return;
        }
        try (JsonParser parser = new JsonFactory(mapper).createParser(new StrictUtf8Input(in))) {
            if (parser.nextToken() == null) {
                unreadable(file, null, "empty file", assembler);
                return;
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                assembler.problem(InputError.error(file, null, null, null, "not a JSON object"));
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String section = parser.currentName();
                parser.nextToken();
                switch (section) {
                    case "meta" -> assembler.meta(record(file, "meta", mapper.readTree(new TokenBudget(parser, "meta")),
                            DatasetSchema.META, null, warned, assembler));
                    case "counties" -> readArray(parser, file, section, assembler,
                            (node, path) -> assembler.county(record(file, path, node, DatasetSchema.COUNTIES,
                                    null, warned, assembler)));
                    case "villages" -> readArray(parser, file, section, assembler,
                            (node, path) -> assembler.village(record(file, path, node, DatasetSchema.VILLAGES,
                                    null, warned, assembler)));
                    case "households" -> readArray(parser, file, section, assembler,
                            (node, path) -> household(file, path, node, assembler, warned));
                    default -> {
                        assembler.problem(InputError.warning(file, null, section, null, "unknown section, ignored"));
                        parser.skipChildren();
                    }
                }
            }
        } catch (RecordTooLarge e) {
            unreadable(file, null, e.getMessage(), assembler);
        } catch (StrictUtf8Input.Malformed e) {
            unreadable(file, e.line, e.getMessage() + ": re-save the file as UTF-8 (a GBK file, the Chinese "
                    + "Windows encoding, is not read)", assembler);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String message = e.getOriginalMessage();
            unreadable(file, at == null ? null : at.getLineNr(),
                    "not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr()
                            + ")") + ": " + message + hintForEncoding(message)
                            + (message != null && message.contains("end-of-input") ? " (truncated file?)" : ""),
                    assembler);
        }
    }

    /** A file that cannot be read as a whole: one problem, not a cascade of missing meta and references. */
    private static void unreadable(String file, Integer line, String reason, DatasetAssembler assembler) {
        assembler.problem(InputError.error(file, line, null, null, reason));
        DatasetSchema.ALL.forEach(assembler::unreadable);
    }

    private static String hintForEncoding(String message) {
        return message != null && message.contains("UTF-8")
                ? "; the file is not UTF-8 (GBK?): re-save it as UTF-8" : "";
    }

    private interface ElementHandler {
        void handle(JsonNode node, String path);
    }

    private void readArray(JsonParser parser, String file, String section, DatasetAssembler assembler,
                           ElementHandler handler) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            assembler.problem(InputError.error(file, null, section, null, "must be an array"));
            parser.skipChildren();
            return;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String path = section + "[" + index++ + "]";
            JsonNode node = mapper.readTree(new TokenBudget(parser, path));
            handler.handle(node, path);
        }
    }

    /**
     * One record's tokens, counted as it is read into a tree: a household is a few hundred values, and
     * one of millions (a crafted array in any field) is refused before it fills the memory.
     */
    private static final class TokenBudget extends JsonParserDelegate {

        static final int MOST_TOKENS = 50_000;

        private final String path;
        private int tokens;

        TokenBudget(JsonParser parser, String path) {
            super(parser);
            this.path = path;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            if (++tokens > MOST_TOKENS) {
                throw new RecordTooLarge(path);
            }
            return super.nextToken();
        }
    }

    /** A record of more than {@link TokenBudget#MOST_TOKENS} values, at its place in the file. */
    private static final class RecordTooLarge extends IOException {
        RecordTooLarge(String path) {
            super(path + " holds more than " + TokenBudget.MOST_TOKENS + " values: no record of this dataset does");
        }
    }

    private void household(String file, String path, JsonNode node, DatasetAssembler assembler, Set<String> warned) {
        RawRecord household = record(file, path, node, DatasetSchema.HOUSEHOLDS, null, warned, assembler);
        assembler.household(household);
        JsonNode members = node.path("members");
        if (!members.isArray()) {
            return;
        }
        Object householdId = household.values().get("id");
        for (int i = 0; i < members.size(); i++) {
            assembler.member(record(file, path + ".members[" + i + "]", members.get(i), DatasetSchema.MEMBERS,
                    householdId, warned, assembler));
        }
    }

    /** A JSON object's scalars by field name; unknown keys are warned about once per entity kind. */
    private RawRecord record(String file, String path, JsonNode node, EntitySchema schema, Object householdId,
                             Set<String> warned, DatasetAssembler assembler) {
        Map<String, Object> values = new LinkedHashMap<>();
        RawRecord record = new RawRecord(file, null, path, values);
        if (!node.isObject()) {
            assembler.problem(record.error(null, null, "must be an object"));
            return record;
        }
        node.fields().forEachRemaining(entry -> {
            FieldSpec field = schema.field(entry.getKey());
            JsonNode value = entry.getValue();
            if (field == null) {
                if (!(schema == DatasetSchema.HOUSEHOLDS && entry.getKey().equals("members"))
                        && warned.add(schema.name() + "." + entry.getKey())) {
                    assembler.problem(InputError.warning(file, null, schema.name() + "." + entry.getKey(), null,
                            "unknown field, ignored"));
                }
            } else if (value.isContainerNode()) {
                assembler.problem(record.error(entry.getKey(), value, "expected a single value"));
            } else {
                values.put(field.name(), scalar(value));
            }
        });
        if (householdId != null) {
            values.putIfAbsent("householdId", householdId);
        }
        return record;
    }

    private static Object scalar(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.asText();
    }
}
