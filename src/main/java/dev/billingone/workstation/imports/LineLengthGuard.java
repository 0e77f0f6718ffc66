package dev.billingone.workstation.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a file with no line breaks (or a runaway quote) from being read into memory whole: a CSV line longer
 * than {@link #MAX_LINE} characters is refused.
 */
final class LineLengthGuard extends FilterReader {
    static final int MAX_LINE = 1_000_000;
    private int sinceNewline;

    static final class LineTooLong extends IOException {
        LineTooLong() {
            super("A line is longer than " + MAX_LINE + " characters", null);
        }
    }

    LineLengthGuard(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(int c) throws LineTooLong {
        if (c == '\n') {
            sinceNewline = 0;
        } else if (c >= 0 && ++sinceNewline > MAX_LINE) {
            throw new LineTooLong();
        }
    }
}
