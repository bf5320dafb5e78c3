package org.povertyexit.monitor.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Judges from its first 64 KiB whether a file meant to be UTF-8 text (a CSV) is empty, binary or in
 * another encoding, so the user gets a reason rather than a parse error. GBK (Chinese Windows) is the
 * encoding such files most often arrive in; it is named when the bytes decode as GBK.
 */
final class TextFileCheck {

    static final int SNIFF_BYTES = 64 * 1024;

    /** What the start of the file shows. */
    record Verdict(String problem, boolean looksGbk) {
    }

    private TextFileCheck() {
    }

    /** Reads the start of {@code in}, which must support mark/reset, and resets it; {@code kind}: "CSV", "JSON". */
    static Verdict check(InputStream in, String kind) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] start = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (start.length == 0) {
            return new Verdict("empty file", false);
        }
        if (startsWith(start, 0x50, 0x4B, 0x03, 0x04)) {
            return new Verdict("binary file, not " + kind + " text (it is a ZIP archive: an .xlsx workbook? "
                    + "give the workbook itself as input)", false);
        }
        if (startsWith(start, 0xD0, 0xCF, 0x11, 0xE0)) {
            return new Verdict("binary file, not " + kind + " text (an Excel .xls workbook?)", false);
        }
        if (startsWith(start, 0xFF, 0xFE) || startsWith(start, 0xFE, 0xFF)) {
            return new Verdict("UTF-16 text: re-save the file as UTF-8", false);
        }
        if (binary(start)) {
            return new Verdict("binary file, not " + kind + " text", false);
        }
        boolean validUtf8 = decodes(start, StandardCharsets.UTF_8);
        return new Verdict(null, !validUtf8 && decodes(start, Charset.forName("GBK")));
    }

    /** The reason given when decoding as UTF-8 fails somewhere in the file. */
    static String notUtf8(boolean looksGbk) {
        return "not UTF-8 text" + (looksGbk ? " (the bytes look like GBK, the Chinese Windows encoding)" : "")
                + ": re-save the file as UTF-8 (in Excel: Save As → CSV UTF-8)";
    }

    /** NUL bytes, or control characters no text file holds, in more than 1% of the bytes. */
    private static boolean binary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control * 100 > bytes.length;
    }

    /** Whether the bytes decode strictly; a character cut at the end of the window is not held against them. */
    private static boolean decodes(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), CharBuffer.allocate(bytes.length), false);
        return !result.isError();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
