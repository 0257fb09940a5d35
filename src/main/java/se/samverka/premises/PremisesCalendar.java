package se.samverka.premises;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.calendar.CalendarEntry;
import se.samverka.calendar.CalendarSource;
import se.samverka.calendar.SwedishDates;
import se.samverka.platform.Texts;


import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The day by which each fire-safety check is next due (late if it has passed), for centres that have recorded their
 * premises. One query for all the
 * centres: the intervals and the day of the last check of each kind, not the premises' areas or the whole log.
 */
@Component
class PremisesCalendar implements CalendarSource {

    private final JdbcClient jdbc;
    private final Texts texts;
    private final Clock clock;

    PremisesCalendar(JdbcClient jdbc, Texts texts, Clock clock) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public List<CalendarEntry> entries(Map<Long, String> centres, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        List<CalendarEntry> entries = new ArrayList<>();
        jdbc.sql("""
                        select p.centre_id, p.round_interval_months, p.alarm_check_interval_months,
                               p.drill_interval_months,
                               (select max(performed_on) from fire_safety_check c
                                where c.centre_id = p.centre_id and c.kind = 'ROUND') as last_round,
                               (select max(performed_on) from fire_safety_check c
                                where c.centre_id = p.centre_id and c.kind = 'ALARM_CHECK') as last_alarm_check,
                               (select max(performed_on) from fire_safety_check c
                                where c.centre_id = p.centre_id and c.kind = 'EVACUATION_DRILL') as last_evacuation_drill
                        from premises p where p.centre_id = any(:centres)""")
                .param("centres", centres.keySet().toArray(Long[]::new))
                .query(row -> {
                    long centreId = row.getLong("centre_id");
                    for (FireSafetyKind kind : FireSafetyKind.values()) {
                        Due due = due(row, kind, today);
                        if (due.next().isBefore(from) || due.next().isAfter(to)) {
                            continue;
                        }
                        entries.add(CalendarEntry.allDay("fire-safety-" + centreId + "-" + due.kind(),
                                CalendarEntry.Kind.CHECK_DUE, centreId, due.next(),
                                texts.message("premises.check." + due.kind()) + " – " + centres.get(centreId),
                                description(due), "/centres/" + centreId + "/premises", due.overdue()));
                    }
                });
        return entries;
    }

    private static Due due(ResultSet row, FireSafetyKind kind, LocalDate today) throws SQLException {
        return switch (kind) {
            case ROUND -> Due.of(kind, row.getInt("round_interval_months"),
                    row.getObject("last_round", LocalDate.class), today);
            case ALARM_CHECK -> Due.of(kind, row.getInt("alarm_check_interval_months"),
                    row.getObject("last_alarm_check", LocalDate.class), today);
            case EVACUATION_DRILL -> Due.of(kind, row.getInt("drill_interval_months"),
                    row.getObject("last_evacuation_drill", LocalDate.class), today);
        };
    }

    /** The day it is due by, "senast", and the last one done, which is not that day. */
    private String description(Due due) {
        String by = texts.message("premises.calendar.due-by", SwedishDates.day(due.next()));
        return by + " " + (due.last() == null ? texts.message("premises.calendar.none-logged")
                : texts.message("premises.calendar.last-done", SwedishDates.day(due.last())));
    }
}
