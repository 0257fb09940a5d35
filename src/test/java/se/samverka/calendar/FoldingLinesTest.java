package se.samverka.calendar;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5545 §3.1: content lines of at most 75 octets, folded with CRLF and one space, never inside a character. */
class FoldingLinesTest {

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacterAndUnfoldBackToTheText() throws IOException {
        String text = "DESCRIPTION:" + "Möte i styrgruppen för familjecentralen Solrosen – ".repeat(4) + "👪 slut\r\n"
                + "SUMMARY:kort\r\n"
                + "X:" + "å".repeat(80) + "\r\n"
                + "Y:" + "a".repeat(73) + "\r\n";
        StringWriter out = new StringWriter();
        try (FoldingLines folding = new FoldingLines(out)) {
            for (String piece : text.split("(?<=\\G.{7})")) {
                folding.write(piece);
            }
        }
        String folded = out.toString();

        assertThat(folded.replace("\r\n ", "")).isEqualTo(text);
        assertThat(folded.split("\r\n")).allSatisfy(line -> {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).isFalse();
        });
        assertThat(Arrays.stream(folded.split("\r\n")).filter(line -> line.startsWith(" "))).hasSizeGreaterThan(3);
        assertThat(folded).contains("\r\nY:" + "a".repeat(73) + "\r\n");
    }
}
