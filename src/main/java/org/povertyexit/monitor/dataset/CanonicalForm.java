package org.povertyexit.monitor.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import org.povertyexit.monitor.Hashes;

/**
 * The one serialisation of a {@link Dataset} that is hashed: typed values (so "1", "是" and true are
 * the same), lists sorted by id, keys sorted, decimals plain. JSON, CSV and XLSX forms of one dataset
 * therefore hash the same.
 */
public final class CanonicalForm {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private CanonicalForm() {
    }

    public static byte[] bytes(Dataset dataset) {
        try {
            return MAPPER.writeValueAsString(dataset).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dataset cannot be serialised", e);
        }
    }

    /** Streams the canonical bytes into the digest: a large dataset's form never exists as one string. */
    public static String sha256(Dataset dataset) {
        MessageDigest digest = Hashes.digest();
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            MAPPER.writeValue(sink, dataset);
        } catch (IOException e) {
            throw new IllegalStateException("dataset cannot be serialised", e);
        }
        return Hashes.hex(digest);
    }
}
