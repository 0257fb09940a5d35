package se.samverka.directory;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How a recurrence expands into days, and how the feed writes it as an RRULE; without Spring. */
class RecurrenceTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    @Test
    void aSingleActivityTakesPlaceOnItsDayWhenTheDayIsInTheWindow() {
        assertThat(Recurrence.NONE.days(TUESDAY, null, TUESDAY.minusDays(1), TUESDAY.plusDays(1)))
                .containsExactly(TUESDAY);
        assertThat(Recurrence.NONE.days(TUESDAY, null, TUESDAY.plusDays(1), TUESDAY.plusDays(9))).isEmpty();
    }

    @Test
    void aWeeklyActivityTakesPlaceEveryWeekFromTheWindowsStartOrItsFirstDayUntilItsLast() {
        LocalDate until = LocalDate.of(2027, 1, 12);
        assertThat(Recurrence.WEEKLY.days(TUESDAY, until, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1)))
                .containsExactly(TUESDAY, LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 22),
                        LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 12));
        assertThat(Recurrence.WEEKLY.days(TUESDAY, until, LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 29)))
                .containsExactly(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29));
        assertThat(Recurrence.WEEKLY.days(TUESDAY, until, LocalDate.of(2027, 1, 13), LocalDate.of(2027, 2, 1)))
                .isEmpty();
    }

    @Test
    void aMonthlyActivityTakesPlaceOnTheSameWeekdayOfTheMonth() {
        // 8 December 2026 is the second Tuesday of December.
        assertThat(Recurrence.ordinal(TUESDAY)).isEqualTo(2);
        assertThat(Recurrence.MONTHLY.days(TUESDAY, LocalDate.of(2027, 3, 31), LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 12, 31)))
                .containsExactly(TUESDAY, LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 9),
                        LocalDate.of(2027, 3, 9));
    }

    @Test
    void aFifthWeekdayRepeatsAsTheMonthsLast() {
        LocalDate fifthThursday = LocalDate.of(2026, 12, 31);
        assertThat(Recurrence.ordinal(fifthThursday)).isEqualTo(-1);
        assertThat(Recurrence.MONTHLY.days(fifthThursday, LocalDate.of(2027, 3, 31), fifthThursday,
                LocalDate.of(2027, 3, 31)))
                .containsExactly(fifthThursday, LocalDate.of(2027, 1, 28), LocalDate.of(2027, 2, 25),
                        LocalDate.of(2027, 3, 25));
    }

    @Test
    void theFeedWritesTheRecurrenceAsAnRruleUntilTheLastDaysStartInUtc() {
        assertThat(ActivityFeed.rule(activity(Recurrence.WEEKLY, TUESDAY, LocalDate.of(2027, 1, 12)))
                .orElseThrow().getValue()).isEqualTo("FREQ=WEEKLY;UNTIL=20270112T090000Z");
        // 1 June 2027 is in summer time: 10:00 in Stockholm is 08:00 UTC.
        assertThat(ActivityFeed.rule(activity(Recurrence.MONTHLY, TUESDAY, LocalDate.of(2027, 6, 1)))
                .orElseThrow().getValue()).isEqualTo("FREQ=MONTHLY;UNTIL=20270601T080000Z;BYDAY=2TU");
        assertThat(ActivityFeed.rule(activity(Recurrence.MONTHLY, LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 6, 1))).orElseThrow().getValue()).endsWith(";BYDAY=-1TH");
        assertThat(ActivityFeed.rule(activity(Recurrence.NONE, TUESDAY, null))).isEmpty();
    }

    private static PublicActivity activity(Recurrence recurrence, LocalDate first, LocalDate until) {
        return new PublicActivity(1, 1, UUID.randomUUID(), ActivityKind.BABY_MASSAGE, "Babymassage", "", first,
                LocalTime.of(10, 0), LocalTime.of(11, 30), recurrence, until, "Solrosgatan 1",
                Audience.PARENTS_OF_BABIES, List.of("sv"), false, null, ActivityState.PUBLISHED, null, null, 0,
                Instant.EPOCH);
    }
}
