package se.samverka.rules;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * R15d (Bilaga 1 avsnitt 2): notice of termination or renegotiation is given in writing six months ahead. The last
 * day for notice is the latest day d for which d plus the notice period (calendar months, as
 * {@link LocalDate#plusMonths(long)} counts them) is still on or before the agreement's last day. Since adding
 * months clips to the month's end, several days can reach the same last day: 2027-08-29, -30 and -31 plus six
 * months are all 2028-02-29, and the latest of them, 2027-08-31, is the answer.
 */
class R15dTest {

    static final String AGREEMENT = """
            Avtalet gäller under perioden xxxx-xx-xx – xxxx-xx-xx med möjlighet till x månaders förlängning. \
            Förlängningen ska vara skriftlig och beslutad av samtliga avtalsparter.
            Uppsägning av avtalet för upphörande eller omförhandling ska meddelas övriga parter skriftligen med \
            sex månaders varsel.
            """;

    @ParameterizedTest(name = "avtalet slutar {0}, {1} månaders varsel → senast {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # end       | months | last notice day
            2027-12-31  | 6      | 2027-06-30
            2027-06-30  | 6      | 2026-12-31
            2028-02-29  | 6      | 2027-08-31
            2027-02-28  | 6      | 2026-08-31
            2027-08-31  | 6      | 2027-02-28
            2027-08-30  | 6      | 2027-02-28
            2027-07-01  | 6      | 2027-01-01
            2026-01-01  | 6      | 2025-07-01
            2028-02-29  | 12     | 2027-02-28
            2027-02-28  | 12     | 2026-02-28
            2027-03-31  | 1      | 2027-02-28
            2027-03-28  | 1      | 2027-02-28
            2027-12-31  | 3      | 2027-09-30
            2027-09-30  | 3      | 2027-06-30
            2029-12-31  | 24     | 2027-12-31
            2027-12-31  | 120    | 2017-12-31
            """)
    void lastDayForNotice(LocalDate end, int months, LocalDate lastNoticeDay) {
        assertThat(R15d.RULE.lastNoticeDay(end, months)).isEqualTo(lastNoticeDay);
    }

    @ParameterizedTest(name = "uppsagt {0}, {1} månaders varsel, avtalstid till {2} → upphör {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # noticed   | months | term ends  | ends
            2026-03-10  | 6      | 2028-12-31 | 2026-09-10
            2026-08-31  | 6      | 2028-12-31 | 2027-02-28
            2027-08-31  | 6      | 2029-12-31 | 2028-02-29
            2026-12-31  | 6      | 2027-12-31 | 2027-06-30
            2026-01-01  | 6      | 2026-06-30 | 2026-06-30
            2026-03-10  | 6      | 2026-05-31 | 2026-05-31
            2026-03-10  | 12     | -          | 2027-03-10
            """)
    void anAgreementGivenNoticeEndsWhenTheNoticeHasRunOrAtTheEndOfItsTerm(LocalDate noticed, int months,
                                                                          LocalDate end, LocalDate ends) {
        assertThat(R15d.RULE.endsAfterNotice(noticed, months, end)).isEqualTo(ends);
    }

    @Test
    void theLastNoticeDayIsTheLatestDayWhoseNoticePeriodEndsByTheAgreementsEnd() {
        var random = new Random(15_4);
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 500; i++) {
            LocalDate end = first.plusDays(random.nextInt(20 * 366));
            int months = 1 + random.nextInt(24);

            LocalDate day = R15d.RULE.lastNoticeDay(end, months);

            assertThat(day.plusMonths(months)).as("%s, %d months", end, months).isBeforeOrEqualTo(end);
            assertThat(day.plusDays(1).plusMonths(months)).as("%s, %d months", end, months).isAfter(end);
        }
    }

    @ParameterizedTest(name = "avtalet slutar {0}, {1} månaders varsel → ogiltigt")
    @CsvSource(delimiter = '|', textBlock = """
            # end       | months
            2027-12-31  | 0
            2027-12-31  | -1
            2027-12-31  | 121
                        | 6
            """)
    void rejectsAnUnreasonableNoticePeriod(LocalDate end, int months) {
        assertThatIllegalArgumentException().isThrownBy(() -> R15d.RULE.lastNoticeDay(end, months));
    }

    @Test
    void theTemplatesNoticeIsSixMonths() {
        assertThat(R15d.DEFAULT_NOTICE_MONTHS).isEqualTo(6);
    }
}
