package se.samverka.rules;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * R4a (§4): the first period is 2024-03-01 – 2025-12-31; without written notice 12 months before it expires the
 * agreement is extended by two years at a time (SPEC §3), so the notice deadline is the end minus 12 months.
 */
class R4aTest {

    static final String AGREEMENT = """
            Samverkansavtalet gäller under perioden 2024-03-01 – 2025-12-31. Om avtalet inte sagts upp skriftligen \
            12 månader innan avtalets utgång förlängs det automatiskt med 2 år.
            """;

    @ParameterizedTest(name = "{0} → period {1}: {2} – {3}, uppsägning senast {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # date      | period | start      | end        | notice deadline
            2024-01-01  |        |            |            |
            2024-02-29  |        |            |            |
            2024-03-01  | 1      | 2024-03-01 | 2025-12-31 | 2024-12-31
            2024-12-31  | 1      | 2024-03-01 | 2025-12-31 | 2024-12-31
            2025-12-31  | 1      | 2024-03-01 | 2025-12-31 | 2024-12-31
            2026-01-01  | 2      | 2026-01-01 | 2027-12-31 | 2026-12-31
            2026-11-23  | 2      | 2026-01-01 | 2027-12-31 | 2026-12-31
            2027-12-31  | 2      | 2026-01-01 | 2027-12-31 | 2026-12-31
            2028-01-01  | 3      | 2028-01-01 | 2029-12-31 | 2028-12-31
            2028-02-29  | 3      | 2028-01-01 | 2029-12-31 | 2028-12-31
            2029-12-31  | 3      | 2028-01-01 | 2029-12-31 | 2028-12-31
            2030-01-01  | 4      | 2030-01-01 | 2031-12-31 | 2030-12-31
            2032-02-29  | 5      | 2032-01-01 | 2033-12-31 | 2032-12-31
            2075-06-15  | 26     | 2074-01-01 | 2075-12-31 | 2074-12-31
            2124-03-01  | 51     | 2124-01-01 | 2125-12-31 | 2124-12-31
            """)
    void periodInForce(LocalDate date, Integer number, LocalDate start, LocalDate end, LocalDate noticeDeadline) {
        var period = R4a.RULE.periodOn(date);

        if (number == null) {
            assertThat(period).isEmpty();
        } else {
            assertThat(period).contains(new AgreementPeriod(number, start, end, noticeDeadline));
            assertThat(period.orElseThrow().contains(date)).isTrue();
            assertThat(period.orElseThrow().contains(start.minusDays(1))).isFalse();
            assertThat(period.orElseThrow().contains(end.plusDays(1))).isFalse();
        }
    }

    /**
     * The agreement expires when its last day ends; notice given on a day is in time when 12 months from the end of
     * that day do not reach past the expiry. The last day to give it is the period's notice deadline: 31 December,
     * a year before the period ends, never 1 January, also in a leap year.
     */
    @ParameterizedTest(name = "uppsägning {0} för perioden som slutar {1} → i tid {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # notice    | period ends | in time
            2024-12-31  | 2025-12-31  | true
            2025-01-01  | 2025-12-31  | false
            2025-12-31  | 2025-12-31  | false
            2026-01-01  | 2027-12-31  | true
            2026-02-28  | 2027-12-31  | true
            2026-12-31  | 2027-12-31  | true
            2027-01-01  | 2027-12-31  | false
            2027-12-31  | 2027-12-31  | false
            2028-01-01  | 2029-12-31  | true
            2028-02-29  | 2029-12-31  | true
            2028-12-31  | 2029-12-31  | true
            2029-01-01  | 2029-12-31  | false
            2032-02-29  | 2033-12-31  | true
            2032-12-31  | 2033-12-31  | true
            2033-01-01  | 2033-12-31  | false
            """)
    void noticeIsInTimeUpToTwelveMonthsBeforeTheExpiry(LocalDate notice, LocalDate periodEnds, boolean inTime) {
        AgreementPeriod period = R4a.RULE.periodOn(notice).orElseThrow();
        LocalDate expiry = period.end().plusDays(1);

        assertThat(period.end()).isEqualTo(periodEnds);
        assertThat(!notice.plusDays(1).plusMonths(R4a.NOTICE_MONTHS).isAfter(expiry)).as("12 months before expiry")
                .isEqualTo(inTime);
        assertThat(!notice.isAfter(period.noticeDeadline())).as("on or before the deadline %s", period.noticeDeadline())
                .isEqualTo(inTime);
        assertThat(period.noticeDeadline()).isEqualTo(LocalDate.of(periodEnds.getYear() - 1, 12, 31));
    }

    /** A party's written notice ends the agreement for it with the period whose deadline the notice met. */
    @ParameterizedTest(name = "uppsägning {0} → avtalet upphör {2} (period {1})")
    @CsvSource(delimiter = '|', textBlock = """
            # notice    | last period | ends
            2023-11-07  | 1           | 2025-12-31
            2024-03-01  | 1           | 2025-12-31
            2024-12-31  | 1           | 2025-12-31
            2025-01-01  | 2           | 2027-12-31
            2025-12-31  | 2           | 2027-12-31
            2026-01-01  | 2           | 2027-12-31
            2026-12-04  | 2           | 2027-12-31
            2026-12-31  | 2           | 2027-12-31
            2027-01-01  | 3           | 2029-12-31
            2027-12-31  | 3           | 2029-12-31
            2028-01-01  | 3           | 2029-12-31
            """)
    void writtenNoticeEndsTheAgreementWithThePeriodWhoseDeadlineItMet(LocalDate notice, int number, LocalDate ends) {
        AgreementPeriod last = R4a.RULE.lastPeriod(notice);

        assertThat(last.number()).isEqualTo(number);
        assertThat(last.end()).isEqualTo(ends);
        assertThat(notice).isBeforeOrEqualTo(last.noticeDeadline());
    }

    @ParameterizedTest(name = "period {0}: {1} – {2}, uppsägning {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # period | start      | end        | notice deadline
            0        | 2026-01-01 | 2027-12-31 | 2026-12-31
            2        | 2026-01-01 | 2025-12-31 | 2024-12-31
            2        | 2026-01-01 | 2027-12-31 | 2027-12-31
            2        | 2026-01-01 | 2027-12-31 | 2028-01-01
            """)
    void notAPeriod(int number, LocalDate start, LocalDate end, LocalDate noticeDeadline) {
        assertThatIllegalArgumentException().isThrownBy(() -> new AgreementPeriod(number, start, end, noticeDeadline));
    }
}
