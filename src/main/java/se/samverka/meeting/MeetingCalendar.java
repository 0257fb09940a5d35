package se.samverka.meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.calendar.CalendarEntry;
import se.samverka.calendar.CalendarSource;
import se.samverka.platform.Texts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Each meeting of the centres from its start to its end, with its place; no names. One query for all the
 * centres: the feed needs none of the meetings' attendees, items or action points.
 */
@Component
class MeetingCalendar implements CalendarSource {

    private final JdbcClient jdbc;
    private final Texts texts;

    MeetingCalendar(JdbcClient jdbc, Texts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public List<CalendarEntry> entries(Map<Long, String> centres, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select id, centre_id, kind, starts_at, ends_at, place from meeting
                        where centre_id = any(:centres) and starts_at >= :from and starts_at < :until
                        order by starts_at, id""")
                .param("centres", centres.keySet().toArray(Long[]::new))
                .param("from", from.atStartOfDay()).param("until", to.plusDays(1).atStartOfDay())
                .query((row, n) -> {
                    long id = row.getLong("id");
                    long centreId = row.getLong("centre_id");
                    String kind = texts.message("meeting.kind." + MeetingKind.valueOf(row.getString("kind")));
                    return CalendarEntry.timed("meeting-" + id, CalendarEntry.Kind.MEETING, centreId,
                            row.getObject("starts_at", LocalDateTime.class),
                            row.getObject("ends_at", LocalDateTime.class), kind + " – " + centres.get(centreId),
                            texts.message("meeting.calendar.description", kind, centres.get(centreId)),
                            row.getString("place"), "/meetings/" + id);
                })
                .list();
    }
}
