package se.samverka.meeting;

import org.springframework.stereotype.Component;
import se.samverka.calendar.CalendarEntry;
import se.samverka.calendar.CalendarSource;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Each meeting of a centre on the day it is held, with its time and place; no names. */
@Component
class MeetingCalendar implements CalendarSource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MeetingWork work;

    MeetingCalendar(MeetingWork work) {
        this.work = work;
    }

    @Override
    public List<CalendarEntry> entries(long centreId, String centreName) {
        return work.of(centreId).stream()
                .map(m -> new CalendarEntry("meeting-" + m.id(), m.startsAt().toLocalDate(),
                        summary(m.kind()) + " – " + centreName,
                        "Kl. " + TIME.format(m.startsAt()) + "–" + TIME.format(m.endsAt()) + ", " + m.place() + ".",
                        "/meetings/" + m.id()))
                .toList();
    }

    static String summary(MeetingKind kind) {
        return switch (kind) {
            case STEERING_GROUP -> "Styrgruppsmöte";
            case COOPERATION -> "Samverkansmöte";
        };
    }
}
