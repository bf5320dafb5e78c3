package org.povertyexit.monitor.service.firing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.InflaterInputStream;

/**
 * The firings of one county as stored: each firing's fields in the order of its canonical line (see
 * {@link FiringRecord#canonicalLine}), length-prefixed, deflated. A firing's {@code seq} is not written:
 * the block's first seq plus its place in the block gives it back. The same bytes, before deflation,
 * feed the run's digest, so what is stored and what is hashed cannot drift apart. A county's firings
 * repeat the same rule names, criteria and fact descriptions, which deflate to about 30 bytes a firing
 * (a database row per firing took 1,700).
 */
public final class FiringBlock {

    /** A null field; any other length is that of the field's UTF-8 bytes. */
    private static final int NULL = -1;
    /** The fields of a firing: all but its seq. */
    private static final int FIELDS = 16;
    /** Where the entity id sits among the fields. */
    private static final int ENTITY_ID = 4;
    /** Where {@code superseded} sits among the fields: a boolean, written as one byte. */
    private static final int SUPERSEDED = 13;
    private static final byte[] NULL_TEXT = FiringRecord.NULL_FIELD.getBytes(StandardCharsets.UTF_8);
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

    /** A county's firings encoded: {@code raw} for the digest, {@code deflated} to store. */
    public record Encoded(int count, byte[] raw, byte[] deflated) {
    }

    private FiringBlock() {
    }

    public static Encoded encode(List<FiringRecord> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + records.size() * 200);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(records.size());
            for (FiringRecord f : records) {
                String passed = f.passed() == null ? null : f.passed().toString();
                for (String text : new String[] {f.rule(), f.criterion(), f.severity(), f.level(), f.entityId(),
                        passed, f.measured(), f.threshold(), f.parameter(), f.department(), f.gap(), f.unit(),
                        f.message()}) {
                    write(out, text);
                }
                out.writeBoolean(f.superseded());
                write(out, f.facts());
                write(out, f.values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] raw = bytes.toByteArray();
        return new Encoded(records.size(), raw, deflate(raw));
    }

    /** The block's firings, numbered from {@code firstSeq}. */
    public static List<FiringRecord> decode(byte[] deflated, int firstSeq) {
        return decode(deflated, firstSeq, null);
    }

    /**
     * The block's firings that concern {@code entityId} (all of them when null), numbered from
     * {@code firstSeq}: the others are skipped without being read into strings.
     */
    public static List<FiringRecord> decode(byte[] deflated, int firstSeq, String entityId) {
        byte[] wanted = entityId == null ? null : entityId.getBytes(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(inflate(deflated));
        int count = in.getInt();
        List<FiringRecord> records = new ArrayList<>(wanted == null ? Math.min(count, 1 << 20) : 16);
        String[] text = new String[FIELDS];
        for (int i = 0; i < count; i++) {
            int start = in.position();
            if (wanted != null && !concerns(in, wanted)) {
                continue;
            }
            in.position(start);
            boolean superseded = false;
            for (int field = 0; field < FIELDS; field++) {
                if (field == SUPERSEDED) {
                    superseded = in.get() != 0;
                } else {
                    text[field] = read(in);
                }
            }
            records.add(new FiringRecord(firstSeq + i, text[0], text[1], text[2], text[3], text[4],
                    text[5] == null ? null : Boolean.valueOf(text[5]), text[6], text[7], text[8], text[9],
                    text[10], text[11], text[12], superseded, text[14], text[15]));
        }
        return records;
    }

    /** Whether the firing at the buffer's position concerns the entity; leaves the position after the firing. */
    private static boolean concerns(ByteBuffer in, byte[] entityId) {
        boolean matches = false;
        for (int field = 0; field < FIELDS; field++) {
            if (field == SUPERSEDED) {
                in.get();
                continue;
            }
            int length = in.getInt();
            if (length == NULL) {
                continue;
            }
            if (field == ENTITY_ID) {
                matches = Arrays.equals(in.array(), in.position(), in.position() + length, entityId, 0,
                        entityId.length);
            }
            in.position(in.position() + length);
        }
        return matches;
    }

    /** Feeds the canonical lines of a stored (deflated) block's firings, numbered from {@code firstSeq}. */
    public static void digestStored(byte[] deflated, int firstSeq, FiringDigest digest) {
        digest(inflate(deflated), firstSeq, digest);
    }

    /** Feeds the canonical lines of an encoded block's firings, numbered from {@code firstSeq}, to the digest. */
    static void digest(byte[] raw, int firstSeq, FiringDigest digest) {
        ByteBuffer in = ByteBuffer.wrap(raw);
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            digest.startLine(firstSeq + i);
            for (int field = 0; field < FIELDS; field++) {
                if (field == SUPERSEDED) {
                    byte[] flag = in.get() != 0 ? TRUE : FALSE;
                    digest.field(flag, 0, flag.length);
                    continue;
                }
                int length = in.getInt();
                if (length == NULL) {
                    digest.field(NULL_TEXT, 0, NULL_TEXT.length);
                } else {
                    digest.field(raw, in.position(), length);
                    in.position(in.position() + length);
                }
            }
            digest.endLine();
        }
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 8));
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void write(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(NULL);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String read(ByteBuffer in) {
        int length = in.getInt();
        if (length == NULL) {
            return null;
        }
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static byte[] inflate(byte[] deflated) {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(deflated))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a stored firing block does not decode", e);
        }
    }
}
