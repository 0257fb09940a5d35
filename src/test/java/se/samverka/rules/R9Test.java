package se.samverka.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R9 (Bilaga 1 avsnitt 6): cooperation meetings of all parties take the hours per month the local agreement sets.
 * Followed up per term over the months of the term that have ended.
 */
class R9Test {

    static final String AGREEMENT = """
            Parterna ansvarar även för att avsätta gemensam tid för personalgruppen att ha samverkansmöten. För \
            samverkansmöten, där alla samverkansparter är representerade, avsätts xx timmar/månad. På dessa möten \
            behandlas till exempel utvecklingsfrågor och samverkansaktiviteter. Lokalfrågor ska behandlas på tid då \
            de som arbetar i lokalerna deltar.
            """;

    @ParameterizedTest(name = "{0} h/månad, {1} h hållna på {2} månader → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # agreed per month | held  | months | outcome        | code
            2                  | 0     | 0      | MET            | R9.none-due
            2                  | 4     | 2      | MET            | R9.met
            2                  | 3.99  | 2      | NOT_MET        | R9.short
            1.5                | 7.5   | 5      | MET            | R9.met
            1.5                | 7     | 5      | NOT_MET        | R9.short
            3                  | 20    | 5      | MET            | R9.met
            0                  | 0     | 3      | MET            | R9.none-due
            ''                 | 0     | 3      | NOT_APPLICABLE | R9.not-agreed
            """)
    void theHoursHeldReachTheAgreedHoursPerMonth(String agreed, BigDecimal held, int months, Outcome outcome,
                                                 String code) {
        Finding finding = R9.RULE.check(agreed == null || agreed.isBlank() ? null : new BigDecimal(agreed), held, months);

        assertThat(finding.outcome()).isEqualTo(outcome);
        assertThat(finding.code()).isEqualTo(code);
        assertThat(finding.ruleId()).isEqualTo("R9");
    }

    @ParameterizedTest(name = "{0}: termin {1}–{2}, {3} avslutade månader")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-01 | 2026-01-01 | 2026-06-30 | 0
            2026-03-15 | 2026-01-01 | 2026-06-30 | 2
            2026-06-30 | 2026-01-01 | 2026-06-30 | 5
            2026-07-01 | 2026-07-01 | 2026-12-31 | 0
            2026-12-31 | 2026-07-01 | 2026-12-31 | 5
            """)
    void termsAreJanuaryToJuneAndJulyToDecember(LocalDate day, LocalDate start, LocalDate end, int ended) {
        assertThat(R9.termStart(day)).isEqualTo(start);
        assertThat(R9.termEnd(day)).isEqualTo(end);
        assertThat(R9.endedMonthsOfTerm(day)).isEqualTo(ended);
    }

    @ParameterizedTest(name = "{0} min = {1} h")
    @CsvSource({"90, 1.50", "120, 2.00", "100, 1.67", "0, 0.00"})
    void minutesAreHoursToTwoDecimals(long minutes, BigDecimal hours) {
        assertThat(R9.hours(minutes)).isEqualTo(hours);
    }

    @Test
    void withoutAnAgreementInForceThereIsNothingToFollowUp() {
        assertThat(R9.RULE.withoutAgreement().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }
}
