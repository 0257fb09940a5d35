package se.samverka.rules;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** RB3c (Bilaga 3): one midwife attends general cooperation meetings, about 6 hours per term. */
class RB3cTest {

    static final String AGREEMENT = """
            Barnmorskemottagningen deltar på samverkansmöten på generell nivå utifrån uppdrag. En barnmorska \
            representerar vid möten, ca 6 timmar/termin. Vid behov av mer tid tas frågan via den lokala styrgruppen.
            """;

    @ParameterizedTest(name = "BMM deltar {0}, {1} h efter {2} hela månader → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # midwife participates | attended hours | ended months | outcome        | code
            true                   | 0              | 0            | MET            | RB3c.on-pace
            true                   | 0              | 1            | NOT_MET        | RB3c.short
            true                   | 0.99           | 1            | NOT_MET        | RB3c.short
            true                   | 1              | 1            | MET            | RB3c.on-pace
            true                   | 2              | 3            | NOT_MET        | RB3c.short
            true                   | 3.5            | 3            | MET            | RB3c.on-pace
            true                   | 5.99           | 5            | MET            | RB3c.on-pace
            true                   | 4.99           | 5            | NOT_MET        | RB3c.short
            true                   | 5.99           | 6            | NOT_MET        | RB3c.short
            true                   | 6              | 0            | MET            | RB3c.met
            true                   | 6              | 6            | MET            | RB3c.met
            true                   | 7.5            | 2            | MET            | RB3c.met
            false                  | 0              | 5            | NOT_APPLICABLE | RB3c.no-midwife
            false                  | 8              | 0            | NOT_APPLICABLE | RB3c.no-midwife
            """)
    void theMidwifeAttendsAboutSixHoursPerTerm(boolean participates, BigDecimal hours, int endedMonths, Outcome outcome,
                                               String code) {
        Finding finding = RB3c.RULE.check(participates, hours, endedMonths);

        assertThat(finding.outcome()).isEqualTo(outcome);
        assertThat(finding.code()).isEqualTo(code);
        assertThat(finding.severity()).isEqualTo(Severity.RECOMMENDATION);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {-1, 7})
    void aTermHasSixMonths(int endedMonths) {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> RB3c.RULE.check(true, BigDecimal.ONE, endedMonths));
    }
}
