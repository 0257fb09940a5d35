package se.samverka.centre;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostalCodeTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            42465,     424 65
            424 65,    424 65
            SE-424 65, 424 65
            ' 41101 ', 411 01
            """)
    void normalisesSwedishPostalCodes(String text, String normalised) {
        assertThat(PostalCode.parse(text)).map(PostalCode::value).hasValue(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4246", "424655", "02465", "42a65", "424-65"})
    void rejectsOthers(String text) {
        assertThat(PostalCode.parse(text)).isEmpty();
    }
}
