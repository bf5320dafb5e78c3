package org.povertyexit.monitor.streaming;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The lines of a working file as bytes, each without its line feed. JSON lines are parsed from UTF-8
 * bytes and hashed as bytes; decoding them to text first was a third of the time spent reading them back.
 */
final class ByteLines implements Closeable {

    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    /** The current line, {@code buffer[lineStart, lineEnd)}; lineEnd -1 before the first line and after the last. */
    private int lineStart;
    private int lineEnd = -1;
    private boolean eof;

    ByteLines(Path file) throws IOException {
        this.in = Files.newInputStream(file);
    }

    /**
     * Moves to the next line, false at the end of the file; a last line without a line feed is a line too.
     * The line stays in the buffer until the next call: {@link #length}, {@link #at}, {@link #copy} read it.
     */
    boolean advance() throws IOException {
        start = lineEnd == -1 ? start : lineEnd + 1;
        int scanned = start;
        while (true) {
            for (int i = scanned; i < end; i++) {
                if (buffer[i] == '\n') {
                    lineStart = start;
                    lineEnd = i;
                    return true;
                }
            }
            if (eof) {
                if (start >= end) {
                    lineEnd = -1;
                    start = end;
                    return false;
                }
                lineStart = start;
                lineEnd = end;
                return true;
            }
            scanned = end - start;
            fill();
        }
    }

    int length() {
        return lineEnd - lineStart;
    }

    byte at(int index) {
        return buffer[lineStart + index];
    }

    /** The line's bytes from {@code from} to {@code to}, copied. */
    byte[] copy(int from, int to) {
        return Arrays.copyOfRange(buffer, lineStart + from, lineStart + to);
    }

    /** The line's bytes from {@code from} to {@code to} as UTF-8 text. */
    String text(int from, int to) {
        return new String(buffer, lineStart + from, to - from, StandardCharsets.UTF_8);
    }

    /** Moves what is left of the buffer to its start, grows it if a line fills it, and reads more. */
    private void fill() throws IOException {
        System.arraycopy(buffer, start, buffer, 0, end - start);
        end -= start;
        start = 0;
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            eof = true;
        } else {
            end += read;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
