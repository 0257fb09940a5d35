package se.samverka.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R11.1c (§11.1): the steering group meets the coordinator regularly, as often as the local agreement says.
 * So far this year: held ≥ agreed per year × the part of the year that has passed, rounded down.
 */
class R11_1cTest {

    static final String AGREEMENT = """
            Styrgruppen behöver mötas regelbundet tillsammans med samordnaren för familjecentralen eller den \
            familjecentralsliknande verksamheten. Mötesfrekvens regleras i det lokala avtalet.
            """;

    @ParameterizedTest(name = "{0} per år, {1} hållna, {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # per year | held | today      | due | outcome
            4          | 0    | 2026-01-01 | 0   | MET
            4          | 0    | 2026-03-31 | 0   | MET
            4          | 0    | 2026-04-01 | 0   | MET
            4          | 0    | 2026-04-02 | 1   | NOT_MET
            4          | 1    | 2026-04-02 | 1   | MET
            4          | 1    | 2026-07-01 | 1   | MET
            4          | 1    | 2026-07-02 | 2   | NOT_MET
            4          | 3    | 2026-12-30 | 3   | MET
            4          | 3    | 2026-12-31 | 4   | NOT_MET
            4          | 4    | 2026-12-31 | 4   | MET
            12         | 5    | 2026-06-30 | 5   | MET
            2          | 0    | 2028-07-01 | 1   | NOT_MET
            2          | 0    | 2028-06-30 | 0   | MET
            0          | 0    | 2026-12-31 | 0   | MET
            """)
    void theMeetingsHeldReachTheAgreedFrequencySoFar(int perYear, int held, LocalDate today, int due, Outcome outcome) {
        assertThat(R11_1c.due(perYear, today)).isEqualTo(due);
        Finding finding = R11_1c.RULE.check(perYear, held, today);
        assertThat(finding.outcome()).isEqualTo(outcome);
        assertThat(finding.code()).isEqualTo(outcome == Outcome.MET ? "R11.1c.met" : "R11.1c.behind");
        assertThat(finding.ruleId()).isEqualTo("R11.1c");
    }

    @Test
    void withoutAnAgreedFrequencyOrAgreementThereIsNothingToFollowUp() {
        assertThat(R11_1c.RULE.check(null, 0, LocalDate.of(2026, 12, 31)).code()).isEqualTo("R11.1c.not-agreed");
        assertThat(R11_1c.RULE.withoutAgreement().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }
}
