package org.povertyexit.monitor.dataset;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A CSV file's text, line by line no longer than a row of the table can be: every cell is bounded
 * (FieldType), so a line of megabytes is no row, and it is refused as it is read, before it is split
 * into cells that would fill the memory (one row of 50 million commas did).
 */
final class BoundedLines extends FilterReader {

    /** Longer than any row: 30 columns of 200 characters, quoted, with room to spare. */
    static final int MOST_CHARACTERS = 64 * 1024;

    /** A line longer than {@link #MOST_CHARACTERS}, at its line number (the header is line 1). */
    static final class TooLong extends IOException {
        final int line;

        TooLong(int line) {
            super("line " + line + " is longer than " + MOST_CHARACTERS + " characters: no row of this table is");
            this.line = line;
        }
    }

    private int line = 1;
    private int length;

    BoundedLines(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int size) throws IOException {
        int n = super.read(buffer, offset, size);
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        return n;
    }

    private void count(char c) throws TooLong {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (++length > MOST_CHARACTERS) {
            throw new TooLong(line);
        }
    }
}
