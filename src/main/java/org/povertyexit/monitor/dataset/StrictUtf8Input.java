package org.povertyexit.monitor.dataset;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Passes bytes through unchanged while the JDK's UTF-8 decoder checks them, and stops at the first that
 * are not UTF-8 with where they are (line and column). A JSON parser that decodes for itself takes an
 * overlong sequence (C0 AF) for the character it encodes ('/'), which would let a hidden character
 * through every later check of the text.
 */
final class StrictUtf8Input extends FilterInputStream {

    /** Bytes that are not UTF-8, at a line and column (of characters) of the text. */
    static final class Malformed extends IOException {
        final int line;
        final int column;

        Malformed(int line, int column) {
            super("not valid UTF-8 text (line " + line + ", column " + column + ")");
            this.line = line;
            this.column = column;
        }
    }

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private ByteBuffer carried = ByteBuffer.allocate(0);
    private int line = 1;
    private int column = 1;

    StrictUtf8Input(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            ByteBuffer bytes = ByteBuffer.allocate(carried.remaining() + n).put(carried).put(b, off, n).flip();
            check(bytes, false);
            carried = bytes;   // an incomplete sequence at the end waits for the next bytes
        } else if (n < 0) {
            check(carried, true);
        }
        return n;
    }

    private void check(ByteBuffer bytes, boolean end) throws Malformed {
        CoderResult result;
        do {
            chars.clear();
            result = decoder.decode(bytes, chars, end);
            chars.flip();
            while (chars.hasRemaining()) {
                if (chars.get() == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        } while (result.isOverflow());
        if (result.isError() || (end && bytes.hasRemaining())) {
            throw new Malformed(line, column);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.min(n, 8192)];
        int read = read(skipped, 0, skipped.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
