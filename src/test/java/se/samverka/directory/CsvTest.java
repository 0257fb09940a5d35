package se.samverka.directory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "Solrosen => Solrosen",
            "Storgatan 3, Bengtsfors => `\"Storgatan 3, Bengtsfors\"`",
            "Familjecentralen \"Solrosen\" => `\"Familjecentralen \"\"Solrosen\"\"\"`",
            "=HYPERLINK(\"http://x\") => `\"'=HYPERLINK(\"\"http://x\"\")\"`",
            "+cmd|'/C calc'!A0 => '+cmd|'/C calc'!A0",
            "-1+2 => '-1+2",
            "@SUM(A1) => '@SUM(A1)",
            "+46 31 123 45 67 => +46 31 123 45 67",
            "0580-123 45 => 0580-123 45",
            "-0.5 => -0.5",
            "57.7089 => 57.7089",
    })
    void aFieldIsQuotedWhenItMustBeAndNeverReadAsAFormula(String value, String written) {
        assertThat(Csv.field(value)).isEqualTo(written);
    }
}
