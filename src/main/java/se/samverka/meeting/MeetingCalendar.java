package se.samverka.meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.calendar.CalendarEntry;
import se.samverka.calendar.CalendarSource;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Each meeting of the centres on the day it is held, with its time and place; no names. One query for all the
 * centres: the feed needs none of the meetings' attendees, items or action points.
 */
@Component
class MeetingCalendar implements CalendarSource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcClient jdbc;

    MeetingCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarEntry> entries(Map<Long, String> centres) {
        return jdbc.sql("""
                        select id, centre_id, kind, starts_at, ends_at, place from meeting
                        where centre_id = any(:centres) order by starts_at, id""")
                .param("centres", centres.keySet().toArray(Long[]::new))
                .query((row, n) -> {
                    long id = row.getLong("id");
                    LocalDateTime startsAt = row.getObject("starts_at", LocalDateTime.class);
                    LocalDateTime endsAt = row.getObject("ends_at", LocalDateTime.class);
                    return new CalendarEntry("meeting-" + id, startsAt.toLocalDate(),
                            summary(MeetingKind.valueOf(row.getString("kind"))) + " – "
                                    + centres.get(row.getLong("centre_id")),
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
