package se.samverka.organisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HsaIdTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            SE2321000131-E000000000001,     SE2321000131-E000000000001
            se2321000131-e000000000001,     SE2321000131-E000000000001
            ' SE5566771233-B1 ',            SE5566771233-B1
            """)
    void acceptsHsaIds(String text, String normalised) {
        assertThat(HsaId.parse(text)).map(HsaId::value).hasValue(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SE2321000131", "SE232100013-E1", "DK2321000131-E1", "SE2321000131-", "SE2321000131-E0000000000000000000001", "SE2321000131-E 1"})
    void rejectsWhatIsNot(String text) {
        assertThat(HsaId.parse(text)).isEmpty();
    }
}
