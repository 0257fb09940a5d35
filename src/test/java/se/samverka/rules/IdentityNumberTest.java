package se.samverka.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.rules.IdentityNumber.Kind;
import se.samverka.rules.IdentityNumber.Problem;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Folkbokföringslagen 18 §: "Personnumret anger födelsetiden, ett födelsenummer och ett kontrollnummer" (the check
 * digit by the Luhn algorithm over the ten-digit form, and the separator "+" from the year one turns 100);
 * 18 a §: a samordningsnummer is built the same way with 60 added to the day of birth. Checked on 2 December 2026.
 */
class IdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            19121212-1212 | PERSONNUMMER      | 191212121212 | 1912-12-12
            191212121212  | PERSONNUMMER      | 191212121212 | 1912-12-12
            121212+1212   | PERSONNUMMER      | 191212121212 | 1912-12-12
            121212-1212   | PERSONNUMMER      | 201212121212 | 2012-12-12
            1212121212    | PERSONNUMMER      | 201212121212 | 2012-12-12
            ' 121212-1212 '| PERSONNUMMER     | 201212121212 | 2012-12-12
            261202-9872   | PERSONNUMMER      | 202612029872 | 2026-12-02
            261203-9871   | PERSONNUMMER      | 192612039871 | 1926-12-03
            261203+9871   | PERSONNUMMER      | 182612039871 | 1826-12-03
            000229-4569   | PERSONNUMMER      | 200002294569 | 2000-02-29
            701063-2391   | SAMORDNINGSNUMMER | 197010632391 | 1970-10-03
            19701063-2391 | SAMORDNINGSNUMMER | 197010632391 | 1970-10-03
            900161-1236   | SAMORDNINGSNUMMER | 199001611236 | 1990-01-01
            """)
    void validNumbers(String written, Kind kind, String normalised, LocalDate birthDate) {
        IdentityNumber.Check check = IdentityNumber.check(written, TODAY);

        assertThat(check.valid()).isTrue();
        assertThat(check.number()).isEqualTo(new IdentityNumber(kind, normalised, birthDate));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            19121212-1213 | CHECK_DIGIT
            121212-1213   | CHECK_DIGIT
            701063-2392   | CHECK_DIGIT
            000229-4578   | CHECK_DIGIT
            121312-1212   | DATE
            120012-1212   | DATE
            121200-1212   | DATE
            19000229-4565 | DATE
            990192-1230   | DATE
            20261203-9871 | FUTURE
            19121212+1212 | PLUS_WITH_CENTURY
            12121212      | FORM
            00121212-1212 | FORM
            17121212-1212 | FORM
            1212121212121 | FORM
            121212/1212   | FORM
            ÅÅMMDD-NNNN   | FORM
            ''            | FORM
            null          | FORM
            """)
    void invalidNumbersSayWhy(String written, Problem problem) {
        IdentityNumber.Check check = IdentityNumber.check(written, TODAY);

        assertThat(check.valid()).isFalse();
        assertThat(check.problem()).isEqualTo(problem);
    }
}
