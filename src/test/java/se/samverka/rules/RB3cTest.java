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

    @ParameterizedTest(name = "BMM deltar {0}, {1} h → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # midwife participates | attended hours | outcome        | code
            true                   | 0              | NOT_MET        | RB3c.short
            true                   | 5.99           | NOT_MET        | RB3c.short
            true                   | 6              | MET            | RB3c.met
            true                   | 7.5            | MET            | RB3c.met
            false                  | 0              | NOT_APPLICABLE | RB3c.no-midwife
            false                  | 8              | NOT_APPLICABLE | RB3c.no-midwife
            """)
    void theMidwifeAttendsAboutSixHoursPerTerm(boolean participates, BigDecimal hours, Outcome outcome, String code) {
        Finding finding = RB3c.RULE.check(participates, hours);

        assertThat(finding.outcome()).isEqualTo(outcome);
        assertThat(finding.code()).isEqualTo(code);
        assertThat(finding.severity()).isEqualTo(Severity.RECOMMENDATION);
    }
}
