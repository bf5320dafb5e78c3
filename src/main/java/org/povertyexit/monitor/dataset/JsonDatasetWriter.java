package org.povertyexit.monitor.dataset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON form, streamed: members nested in their household without the redundant householdId,
 * fields in data-format.md order. Personal data is written as held: this is the user's own data.
 */
public final class JsonDatasetWriter implements DatasetWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            // households pass through a tree; keep 5000.00 as written, not normalised to 5000 (or 2013.4)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private enum Section { NONE, COUNTIES, VILLAGES, HOUSEHOLDS }

    private final JsonGenerator generator;
    private Section section = Section.NONE;

    public JsonDatasetWriter(Path file) throws IOException {
        this(Files.newOutputStream(file));
    }

    public JsonDatasetWriter(OutputStream out) throws IOException {
        this.generator = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        generator.useDefaultPrettyPrinter();
        generator.writeStartObject();
    }

    @Override
    public void meta(Meta meta) throws IOException {
        generator.writeFieldName("meta");
        MAPPER.writeValue(generator, meta);
    }

    @Override
    public void county(County county) throws IOException {
        enter(Section.COUNTIES, "counties");
        MAPPER.writeValue(generator, county);
    }

    @Override
    public void village(Village village) throws IOException {
        enter(Section.VILLAGES, "villages");
        MAPPER.writeValue(generator, village);
    }

    @Override
    public void household(Household household) throws IOException {
        enter(Section.HOUSEHOLDS, "households");
        ObjectNode node = MAPPER.valueToTree(household);
        for (var member : node.withArray("members")) {
            ((ObjectNode) member).remove("householdId");
        }
        MAPPER.writeTree(generator, node);
    }

    private void enter(Section next, String name) throws IOException {
        if (section == next) {
            return;
        }
        if (section != Section.NONE) {
            generator.writeEndArray();
        }
        section = next;
        generator.writeArrayFieldStart(name);
    }

    @Override
    public void close() throws IOException {
        if (section != Section.NONE) {
            generator.writeEndArray();
        }
        generator.writeEndObject();
        generator.close();
    }
}
