package se.samverka.county;

import org.springframework.stereotype.Component;
import se.samverka.calendar.CalendarEntry;
import se.samverka.calendar.PersonalCalendarSource;
import se.samverka.calendar.SwedishDates;
import se.samverka.identity.Actor;
import se.samverka.platform.Texts;
import se.samverka.rules.AgreementPeriod;
import se.samverka.rules.R4a;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The regional agreement's notice deadlines (R4a) of the current period and the next in the calendars of the county's
 * roles, whenever they are: a calendar shows them when it is time.
 */
@Component
class CountyCalendar implements PersonalCalendarSource {

    private final Texts texts;
    private final Clock clock;

    CountyCalendar(Texts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public List<CalendarEntry> entries(Actor actor) {
        if (!CountyScope.followsCounty(actor)) {
            return List.of();
        }
        AgreementPeriod current = CountyOverview.term(LocalDate.now(clock)).period();
        return Stream.of(Optional.of(current), R4a.RULE.periodOn(current.end().plusDays(1)))
                .flatMap(Optional::stream).map(this::notice).toList();
    }

    private CalendarEntry notice(AgreementPeriod period) {
        LocalDate deadline = period.noticeDeadline();
        return CalendarEntry.allDay("r4a-notice-" + period.number(), CalendarEntry.Kind.DEADLINE, null, deadline,
                texts.message("county.calendar.notice"),
                texts.message("county.calendar.notice.description", SwedishDates.day(deadline),
                        SwedishDates.day(period.end().plusYears(2))) + " " + texts.message("county.term.reading"),
                "/lan", false);
    }
}
