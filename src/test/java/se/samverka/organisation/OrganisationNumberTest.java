package se.samverka.organisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", textBlock = """
            232100-0131,   232100-0131
            2321000131,    232100-0131
            16232100-0131, 232100-0131
            '232100 0131', 232100-0131
            212000-1355,   212000-1355
            556677-1233,   556677-1233
            """)
    void acceptsAndNormalisesValidNumbers(String text, String normalised) {
        assertThat(OrganisationNumber.parse(text)).map(OrganisationNumber::value).hasValue(normalised);
        assertThat(OrganisationNumber.check(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(nullValues = "-", textBlock = """
            232100-0132,   CHECK_DIGIT
            232100-0130,   CHECK_DIGIT
            556677-1234,   CHECK_DIGIT
            811218-9876,   NOT_LEGAL_PERSON
            231100-0131,   NOT_LEGAL_PERSON
            23210-0131,    FORMAT
            232100-01311,  FORMAT
            abcdef-ghij,   FORMAT
            '',            FORMAT
            -,             FORMAT
            """)
    void saysWhatIsWrong(String text, OrganisationNumber.Problem problem) {
        assertThat(OrganisationNumber.check(text)).hasValue(problem);
        assertThat(OrganisationNumber.parse(text)).isEmpty();
    }
}
