package se.samverka.county;

import org.springframework.stereotype.Component;
import se.samverka.calendar.CalendarEntry;
import se.samverka.calendar.PersonalCalendarSource;
import se.samverka.identity.Actor;
import se.samverka.platform.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The regional agreement's notice deadline (R4a) in the calendar feeds of the county's roles, from 90 days before. */
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
        CountyOverview.Term term = CountyOverview.term(LocalDate.now(clock));
        if (!term.noticeSoon()) {
            return List.of();
        }
        LocalDate deadline = term.period().noticeDeadline();
        return List.of(new CalendarEntry("r4a-notice-" + term.period().number(), deadline,
                texts.message("county.calendar.notice"),
                texts.message("county.calendar.notice.description", deadline.toString(),
                        term.period().end().plusYears(2).toString()) + " " + texts.message("county.term.reading"),
                "/lan"));
    }
}
