package org.povertyexit.monitor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** How reports (and scenario results) are written: fields in declared order, plain decimals, ISO dates. */
public final class ReportJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** Reports of more households than this are written compact unless asked otherwise: indentation doubles them. */
    public static final int PRETTY_UP_TO = 10_000;

    private static final ObjectWriter PRETTY = MAPPER.writer();
    private static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /** The report's writer, indented or compact: whitespace is not content, the two read the same. */
    public static ObjectWriter writer(boolean pretty) {
        return pretty ? PRETTY : COMPACT;
    }
}
