package se.samverka.meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.platform.RequestMemo;
import se.samverka.rules.R9;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a centre's page and checklist need of its meetings, in one statement once per GET request, without loading
 * the meetings' agendas, attendees and minutes.
 */
@Component
class MeetingSummaries {

    /** A meeting held, as the follow-up counts it. */
    record Held(MeetingKind kind, LocalDateTime startsAt, LocalDateTime endsAt, boolean midwifePresent) {

        long minutes() {
            return Duration.between(startsAt, endsAt).toMinutes();
        }
    }

    /** The next meeting, as the centre's page links to it. */
    record Upcoming(long id, MeetingKind kind, LocalDateTime startsAt) {
    }

    /** The meetings held this year (by {@code now}, in the order they began) and the next one. */
    record Overview(List<Held> heldThisYear, Optional<Upcoming> next) {
    }

    private record Row(long id, MeetingKind kind, LocalDateTime startsAt, LocalDateTime endsAt, boolean held,
                       boolean midwifePresent) {
    }

    /**
     * The meetings of {@code :centres} that began in [{@code :since}, {@code :until}) and ended by {@code :now}, with
     * their whole minutes and whether a midwife was there, grouped by centre for the follow-up's sums.
     */
    private static final String HELD = """
            from (select m.centre_id, m.kind, m.starts_at,
                         floor(extract(epoch from m.ends_at - m.starts_at) / 60)::bigint as minutes,
                         exists (select 1 from meeting_attendee a where a.meeting_id = m.id
                                 and a.operation = 'MIDWIFE_CLINIC' and a.present) as midwife_present
                  from meeting m
                  where m.centre_id = any(cast(:centres as bigint[])) and m.starts_at >= :since
                    and m.starts_at < :until and m.ends_at <= :now) held
            group by centre_id""";

    private final JdbcClient jdbc;
    private final MeetingWork work;

    MeetingSummaries(JdbcClient jdbc, MeetingWork work) {
        this.jdbc = jdbc;
        this.work = work;
    }

    Overview of(long centreId) {
        return RequestMemo.remember("meeting-overview-" + centreId, () -> read(centreId, work.now()));
    }

    private Overview read(long centreId, LocalDateTime now) {
        List<Row> rows = jdbc.sql("""
                        select m.id, m.kind, m.starts_at, m.ends_at, m.ends_at <= :now as held,
                               exists (select 1 from meeting_attendee a
                                       where a.meeting_id = m.id and a.operation = 'MIDWIFE_CLINIC' and a.present)
                                   as midwife_present
                        from meeting m
                        where m.centre_id = :centre
                          and (m.starts_at >= :since and m.ends_at <= :now
                               or m.id = (select n.id from meeting n where n.centre_id = :centre and n.ends_at > :now
                                          order by n.starts_at, n.id limit 1))
                        order by m.starts_at, m.id
                        """)
                .param("centre", centreId)
                .param("since", now.toLocalDate().withDayOfYear(1).atStartOfDay())
                .param("now", now)
                .query(Row.class)
                .list();
        return new Overview(
                rows.stream().filter(Row::held)
                        .map(row -> new Held(row.kind(), row.startsAt(), row.endsAt(), row.midwifePresent())).toList(),
                rows.stream().filter(row -> !row.held()).findFirst()
                        .map(row -> new Upcoming(row.id(), row.kind(), row.startsAt())));
    }

    /**
     * {@link MeetingFollowUp.Totals#of} for many centres in one statement: each meeting's whole minutes summed in SQL
     * by the same conditions; a centre without meetings held this year is left out.
     */
    Map<Long, MeetingFollowUp.Totals> totalsThisYear(List<Long> centreIds, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        Map<Long, MeetingFollowUp.Totals> totals = new HashMap<>();
        jdbc.sql("""
                        select centre_id,
                               coalesce(sum(minutes) filter (where kind = 'COOPERATION' and starts_at >= :month), 0),
                               coalesce(sum(minutes) filter (where kind = 'COOPERATION' and starts_at >= :term), 0),
                               coalesce(sum(minutes) filter (where kind = 'COOPERATION' and starts_at >= :term
                                                               and starts_at < :month), 0),
                               coalesce(sum(minutes) filter (where kind = 'COOPERATION' and starts_at >= :term
                                                               and midwife_present), 0),
                               count(*) filter (where kind = 'STEERING_GROUP')
                        """ + HELD)
                .param("centres", centreIds.toArray(Long[]::new))
                .param("since", today.withDayOfYear(1).atStartOfDay())
                .param("term", R9.termStart(today).atStartOfDay())
                .param("month", today.withDayOfMonth(1).atStartOfDay())
                .param("until", now)
                .param("now", now)
                .query(rs -> {
                    totals.put(rs.getLong(1), new MeetingFollowUp.Totals(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getInt(6)));
                });
        return totals;
    }

    /** Whole minutes of the meetings a centre held in a year, per term; {@code steering} counts meetings. */
    record YearMinutes(long cooperationSpring, long cooperationAutumn, long midwifeSpring, long midwifeAutumn,
                       int steering) {

        static final YearMinutes NONE = new YearMinutes(0, 0, 0, 0, 0);
    }

    /** {@link YearMinutes} of many centres for a calendar year, counting the meetings ended by {@code now}. */
    Map<Long, YearMinutes> minutesOfYear(List<Long> centreIds, int year, LocalDateTime now) {
        Map<Long, YearMinutes> minutes = new HashMap<>();
        jdbc.sql("""
                        select centre_id,
                               coalesce(sum(minutes) filter (where kind = 'COOPERATION' and starts_at < :autumn), 0),
                               coalesce(sum(minutes) filter (where kind = 'COOPERATION' and starts_at >= :autumn), 0),
                               coalesce(sum(minutes) filter (where kind = 'COOPERATION' and starts_at < :autumn
                                                               and midwife_present), 0),
                               coalesce(sum(minutes) filter (where kind = 'COOPERATION' and starts_at >= :autumn
                                                               and midwife_present), 0),
                               count(*) filter (where kind = 'STEERING_GROUP')
                        """ + HELD)
                .param("centres", centreIds.toArray(Long[]::new))
                .param("since", LocalDate.of(year, 1, 1).atStartOfDay())
                .param("autumn", LocalDate.of(year, 7, 1).atStartOfDay())
                .param("until", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .param("now", now)
                .query(rs -> {
                    minutes.put(rs.getLong(1), new YearMinutes(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getInt(6)));
                });
        return minutes;
    }
}
