package se.samverka.agreement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.rules.R15a.AgreementState;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A past day's standing of a local cooperation agreement comes from its evidence, so that the county's figures for a
 * day give the same answer later: a version counts from the day the last party signed it until the day a later
 * version took its place, within its term; a notice of termination counts from the day it was given.
 */
class AgreementAsOfTest {

    @ParameterizedTest(name = "signerat {0}, ersatt {1}, uppsagt {2}; {3} → {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # signed    superseded  noticed     day         state
            -,          -,          -,          2026-06-01, NONE
            2026-03-10, -,          -,          2026-03-09, NONE
            2026-03-10, -,          -,          2026-03-10, IN_FORCE
            2026-03-10, -,          -,          2031-01-01, EXPIRED
            2026-03-10, 2027-06-01, -,          2027-05-31, IN_FORCE
            2026-03-10, 2027-06-01, -,          2027-06-01, NONE
            2025-11-20, -,          -,          2025-12-31, SIGNED_NOT_YET_IN_FORCE
            """)
    void aPastDaysStandingComesFromWhenTheVersionWasSignedAndSuperseded(LocalDate signed, LocalDate superseded,
                                                                        LocalDate noticed, LocalDate day,
                                                                        AgreementState state) {
        AgreementStandings.Row today = new AgreementStandings.Row(1L, AgreementKind.COOPERATION,
                superseded != null ? AgreementStatus.SUPERSEDED : signed != null ? AgreementStatus.SIGNED
                        : AgreementStatus.SENT,
                LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), 6, noticed, signed, superseded);

        assertThat(AgreementChecklist.state(today.asOf(day), day)).isEqualTo(state);
    }

    @ParameterizedTest(name = "uppsagt {0}; {1} → {2}")
    @CsvSource(nullValues = "-", textBlock = """
            2027-02-01, 2027-01-31, -
            2027-02-01, 2027-02-01, 2027-02-01
            """)
    void aNoticeCountsFromTheDayItWasGiven(LocalDate noticed, LocalDate day, LocalDate counted) {
        AgreementStandings.Row row = new AgreementStandings.Row(1L, AgreementKind.COOPERATION, AgreementStatus.SIGNED,
                LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), 6, noticed, LocalDate.of(2026, 1, 5), null);

        assertThat(row.asOf(day).terminationNoticedOn()).isEqualTo(counted);
    }
}
