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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Iterator;
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
            // as bytes, as each household is (sha256): a character outside the BMP is then written alike
            return MAPPER.writeValueAsBytes(dataset);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dataset cannot be serialised", e);
        }
    }

    /** Streams the canonical bytes into the digest: a large dataset's form never exists as one string. */
    public static String sha256(Dataset dataset) {
        return sha256(new DatasetOutline(dataset.meta(), dataset.counties(), dataset.villages()),
                dataset.households().stream().map(CanonicalForm::of).iterator());
    }

    /** The canonical JSON (UTF-8) of one household, exactly as it appears within its dataset's canonical form. */
    public static byte[] of(Household household) {
        try {
            return MAPPER.writeValueAsBytes(household);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("household cannot be serialised", e);
        }
    }

    /**
     * The hash of a dataset given as its outline and its households' canonical JSON ({@link #of}) in id
     * order: what a dataset too large to hold is hashed from, equal to {@link #sha256(Dataset)}. The
     * bytes fed are those that the mapper writes for a whole {@link Dataset} (compact, no whitespace,
     * properties alphabetically), which a test holds it to.
     */
    public static String sha256(DatasetOutline outline, Iterator<byte[]> households) {
        Digest digest = new Digest(outline);
        households.forEachRemaining(digest::household);
        return digest.sha256();
    }

    /** Writes the canonical form of the dataset so given to {@code out} (which stays open). */
    public static void write(DatasetOutline outline, Iterator<byte[]> households, OutputStream out)
            throws IOException {
        Writer writer = new Writer(outline, out);
        while (households.hasNext()) {
            writer.household(households.next());
        }
        writer.finish();
    }

    /** The hash of a dataset whose households are given one at a time, in id order, as they come. */
    public static final class Digest {

        private final MessageDigest digest = Hashes.digest();
        private final Writer writer;

        public Digest(DatasetOutline outline) {
            try {
                writer = new Writer(outline, new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The next household's canonical JSON ({@link #of}). */
        public void household(byte[] json) {
            try {
                writer.household(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The hash, once every household is given. */
        public String sha256() {
            try {
                writer.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Hashes.hex(digest);
        }
    }

    /** Writes the canonical form around households given one at a time: what is not a household first and last. */
    private static final class Writer {

        private final DatasetOutline outline;
        private final OutputStream out;
        private boolean first = true;

        Writer(DatasetOutline outline, OutputStream out) throws IOException {
            this.outline = outline;
            this.out = out;
            out.write(ascii("{\"counties\":"));
            out.write(MAPPER.writeValueAsBytes(outline.counties()));
            out.write(ascii(",\"households\":["));
        }

        void household(byte[] json) throws IOException {
            if (!first) {
                out.write(',');
            }
            first = false;
            out.write(json);
        }

        void finish() throws IOException {
            out.write(ascii("],\"meta\":"));
            out.write(MAPPER.writeValueAsBytes(outline.meta()));
            out.write(ascii(",\"villages\":"));
            out.write(MAPPER.writeValueAsBytes(outline.villages()));
            out.write('}');
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
