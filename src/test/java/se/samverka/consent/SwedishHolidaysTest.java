package se.samverka.consent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The days the log review counts as outside office hours though they fall on a weekday (lag 1989:253). */
class SwedishHolidaysTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "2026-01-01, nyårsdagen, true",
            "2026-01-06, trettondedag jul, true",
            "2026-04-03, långfredagen, true",
            "2026-04-05, påskdagen, true",
            "2026-04-06, annandag påsk, true",
            "2026-05-01, första maj, true",
            "2026-05-14, Kristi himmelsfärdsdag, true",
            "2026-05-24, pingstdagen, true",
            "2026-05-25, annandag pingst (avskaffad 2005), false",
            "2026-06-06, nationaldagen, true",
            "2026-06-19, midsommarafton, true",
            "2026-06-20, midsommardagen, true",
            "2026-10-31, alla helgons dag, true",
            "2026-12-24, julafton, true",
            "2026-12-25, juldagen, true",
            "2026-12-26, annandag jul, true",
            "2026-12-31, nyårsafton, true",
            "2026-12-02, en onsdag, false",
            "2027-03-26, långfredagen 2027, true",
            "2027-03-28, påskdagen 2027, true",
            "2027-06-25, midsommarafton 2027, true",
            "2027-06-26, midsommardagen 2027, true",
            "2027-06-19, lördagen veckan före, false",
            "2027-11-06, alla helgons dag 2027, true",
            "2027-10-30, lördagen före, false",
            "2031-04-13, påskdagen 2031, true",
            "2038-04-25, påskdagen vid sitt senaste, true",
            "2008-03-23, påskdagen tidigt, true"
    })
    void eachDayOfTheLaw(LocalDate day, String what, boolean holiday) {
        assertThat(SwedishHolidays.of(day.getYear()).contains(day)).as(what).isEqualTo(holiday);
    }

    @org.junit.jupiter.api.Test
    void aPeriodOverTheNewYearHasTheDaysOfBothYears() {
        assertThat(SwedishHolidays.between(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 10)))
                .containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26),
                        LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 6));
    }
}
