package org.povertyexit.monitor.service.run;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The stored snapshots (input, report, rule files, county rows) are gzip-compressed, at the fastest
 * level: a province's input is 700 MB of JSON, which the default level took half a minute to compress,
 * for a file a quarter larger.
 */
public final class Gzip {

    private Gzip() {
    }

    /** A gzip stream onto {@code out} at the fastest level. */
    public static GZIPOutputStream output(OutputStream out) {
        try {
            return new GZIPOutputStream(out, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] compress(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 8));
        try (GZIPOutputStream gzip = output(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static InputStream open(byte[] compressed) {
        try {
            return new GZIPInputStream(new ByteArrayInputStream(compressed), 65536);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] decompress(byte[] compressed) {
        try (InputStream in = open(compressed)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
