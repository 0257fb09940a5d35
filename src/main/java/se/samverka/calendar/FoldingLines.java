package se.samverka.calendar;

import java.io.IOException;
import java.io.Writer;

/**
 * Folds content lines longer than 75 octets of UTF-8, as RFC 5545 §3.1 asks: a line break and one space, never
 * inside a character. ical4j's own folding writer counts characters and asks its logger at every one, which was a
 * third of the time of a county's feed.
 */
final class FoldingLines extends Writer {

    private static final int MAX_OCTETS = 75;
    private static final String FOLD = "\r\n ";

    private final Writer out;
    private int octets;

    FoldingLines(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int end = offset + length;
        int run = offset;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (c == '\n') {
                octets = 0;
                continue;
            }
            int width = c == '\r' || Character.isLowSurrogate(c) ? 0
                    : c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : 3;
            if (octets + width > MAX_OCTETS) {
                out.write(chars, run, i - run);
                out.write(FOLD);
                run = i;
                octets = 1;
            }
            octets += width;
        }
        out.write(chars, run, end - run);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
