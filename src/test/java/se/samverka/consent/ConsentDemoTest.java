package se.samverka.consent;

import org.junit.jupiter.api.Test;
import se.samverka.rules.IdentityNumber;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's persons have valid numbers of one form: samordningsnummer (day + 60), birth numbers 980–999. */
class ConsentDemoTest {

    @Test
    void everyDemoNumberIsAValidCoordinationNumberInTheTestSeries() {
        assertThat(ConsentDemo.PERSONS).allSatisfy(person -> {
            IdentityNumber.Check check = IdentityNumber.check(person.number(), LocalDate.of(2026, 12, 2));
            assertThat(check.valid()).as(person.number()).isTrue();
            assertThat(check.number().kind()).isEqualTo(IdentityNumber.Kind.SAMORDNINGSNUMMER);
            assertThat(Integer.parseInt(check.number().normalised().substring(8, 11))).isBetween(980, 999);
        });
        assertThat(ConsentDemo.PERSONS).filteredOn(person -> person.details().protectedIdentity()).hasSize(1);
    }
}
