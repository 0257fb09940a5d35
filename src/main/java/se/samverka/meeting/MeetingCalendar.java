package se.samverka.meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.calendar.CalendarEntry;
import se.samverka.calendar.CalendarSource;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Each meeting of a centre on the day it is held, with its time and place; no names. One query per centre: the
 * feed needs none of the meetings' attendees, items or action points.
 */
@Component
class MeetingCalendar implements CalendarSource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcClient jdbc;

    MeetingCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarEntry> entries(long centreId, String centreName) {
        return jdbc.sql("""
                        select id, kind, starts_at, ends_at, place from meeting
                        where centre_id = :centre order by starts_at, id""")
                .param("centre", centreId)
                .query((row, n) -> {
                    long id = row.getLong("id");
                    LocalDateTime startsAt = row.getObject("starts_at", LocalDateTime.class);
                    LocalDateTime endsAt = row.getObject("ends_at", LocalDateTime.class);
                    return new CalendarEntry("meeting-" + id, startsAt.toLocalDate(),
                            summary(MeetingKind.valueOf(row.getString("kind"))) + " – " + centreName,
                            "Kl. " + TIME.format(startsAt) + "–" + TIME.format(endsAt) + ", " + row.getString("place") + ".",
                            "/meetings/" + id);
                })
                .list();
    }

    static String summary(MeetingKind kind) {
        return switch (kind) {
            case STEERING_GROUP -> "Styrgruppsmöte";
            case COOPERATION -> "Samverkansmöte";
        };
    }
}
