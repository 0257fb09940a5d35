package se.samverka.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * RB2a (Bilaga 2 avsnitt 3): a usage-right agreement given notice ends at the turn of the month that comes first
 * after the notice period from the written notice, so its last day is the last day of the month in which the
 * period runs out, also when the period runs out on that very day.
 */
class RB2aTest {

    static final String AGREEMENT = """
            Avtalet gäller fr.o.m. 20xx-xx-xx och tills vidare alt tom 20xx-xx-xx.
            Avtalet kan sägas upp för att upphöra att gälla vid det månadsskifte som inträffar närmast efter sex \
            månader från uppsägningen. Uppsägningen ska vara skriftlig.
            """;

    @ParameterizedTest(name = "uppsägning {0}, {1} månader → gäller till och med {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # notice    | months | last day
            2026-03-10  | 6      | 2026-09-30
            2026-03-31  | 6      | 2026-09-30
            2026-03-01  | 6      | 2026-09-30
            2026-03-30  | 6      | 2026-09-30
            2026-04-01  | 6      | 2026-10-31
            2026-08-31  | 6      | 2027-02-28
            2027-08-31  | 6      | 2028-02-29
            2027-08-29  | 6      | 2028-02-29
            2026-12-15  | 3      | 2027-03-31
            2026-12-31  | 2      | 2027-02-28
            2026-01-31  | 1      | 2026-02-28
            2026-12-31  | 12     | 2027-12-31
            2026-03-10  | 120    | 2036-03-31
            """)
    void endsAtTheTurnOfTheMonthAfterTheNoticePeriod(LocalDate notice, int months, LocalDate lastDay) {
        assertThat(RB2a.RULE.endsOn(notice, months)).isEqualTo(lastDay);
    }

    /**
     * Around the new year and the leap day. A notice period of months runs out on the day of the last month with the
     * notice's number, or on that month's last day when it has no such day (lagen om beräkning av lagstadgad tid),
     * which is what LocalDate.plusMonths does; the usage right ends at the turn of that month.
     */
    @ParameterizedTest(name = "uppsägning {0}, {1} månader → gäller till och med {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # notice    | months | last day
            2026-06-30  | 6      | 2026-12-31
            2026-07-01  | 6      | 2027-01-31
            2026-12-31  | 6      | 2027-06-30
            2027-01-01  | 6      | 2027-07-31
            2026-12-31  | 1      | 2027-01-31
            2027-01-01  | 1      | 2027-02-28
            2026-11-30  | 1      | 2026-12-31
            2026-12-01  | 1      | 2027-01-31
            2027-08-30  | 6      | 2028-02-29
            2027-09-01  | 6      | 2028-03-31
            2027-12-31  | 2      | 2028-02-29
            2028-01-01  | 1      | 2028-02-29
            2028-01-31  | 1      | 2028-02-29
            2028-02-01  | 1      | 2028-03-31
            2028-02-28  | 6      | 2028-08-31
            2028-02-29  | 6      | 2028-08-31
            2028-02-29  | 12     | 2029-02-28
            2027-02-28  | 12     | 2028-02-29
            2028-02-28  | 12     | 2029-02-28
            2028-03-01  | 12     | 2029-03-31
            2028-12-31  | 2      | 2029-02-28
            2031-08-31  | 6      | 2032-02-29
            """)
    void endsAtTheTurnOfTheMonthAroundTheNewYearAndTheLeapDay(LocalDate notice, int months, LocalDate lastDay) {
        assertThat(RB2a.RULE.endsOn(notice, months)).isEqualTo(lastDay);
    }

    @ParameterizedTest(name = "uppsägning {0}, {1} månader → ogiltigt")
    @CsvSource(delimiter = '|', textBlock = """
            # notice    | months
            2026-03-10  | 0
            2026-03-10  | -1
            2026-03-10  | 121
                        | 6
            """)
    void rejectsANoticeWithoutADateOrWithAnUnreasonablePeriod(LocalDate notice, int months) {
        assertThatIllegalArgumentException().isThrownBy(() -> RB2a.RULE.endsOn(notice, months));
    }

    @Test
    void theTemplatesNoticePeriodIsSixMonths() {
        assertThat(RB2a.DEFAULT_NOTICE_MONTHS).isEqualTo(6);
        assertThat(RB2a.RULE.severity()).isEqualTo(Severity.REQUIREMENT);
    }
}
