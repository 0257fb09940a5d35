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
