package se.samverka.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * The accesses to persons in given units' registers, as a log review selects them: a random sample, and the entries
 * that call for a look of their own. Only entries that name their unit (those written since V13_4) are found. Reading
 * them is the caller's to audit.
 */
@Service
public class AuditAccesses {

    /** One user's accesses to many persons within one window of time. */
    public record Burst(String actor, Instant windowStart, long persons) {
    }

    /** Accesses to one person through one unit's register in the period. */
    public record PersonAccesses(long unitId, String personType, String personId, long entries, Instant first,
                                 Instant last) {
    }

    private static final String IN_SCOPE = """
            person_type is not null and unit_id in (:units) and occurred_at >= :from and occurred_at < :until""";

    private final JdbcClient jdbc;

    AuditAccesses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count(Collection<Long> units, Instant from, Instant until) {
        if (units.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from audit_event where " + IN_SCOPE)
                .param("units", units).param("from", utc(from)).param("until", utc(until))
                .query(Long.class).single();
    }

    /**
     * {@code size} entries drawn at random, the same ones for the same {@code seed}: the seed is kept with the review,
     * so the sample can be drawn again.
     */
    public List<AuditEvent> sample(Collection<Long> units, Instant from, Instant until, String seed, int size) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from audit_event where " + IN_SCOPE
                        + " order by md5(:seed || id::text), id limit :size")
                .param("units", units).param("from", utc(from)).param("until", utc(until))
                .param("seed", seed).param("size", size)
                .query(AuditEvents::event).list();
    }

    /** Accesses to persons with protected identity, oldest first. */
    public List<AuditEvent> protectedIdentity(Collection<Long> units, Instant from, Instant until, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from audit_event where " + IN_SCOPE
                        + " and protected_identity order by occurred_at, id limit :limit")
                .param("units", units).param("from", utc(from)).param("until", utc(until)).param("limit", limit)
                .query(AuditEvents::event).list();
    }

    public long protectedIdentityCount(Collection<Long> units, Instant from, Instant until) {
        if (units.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from audit_event where " + IN_SCOPE + " and protected_identity")
                .param("units", units).param("from", utc(from)).param("until", utc(until))
                .query(Long.class).single();
    }

    /**
     * Accesses on a Saturday, a Sunday, one of {@code holidays}, or outside {@code opens}–{@code closes} in Swedish
     * time, oldest first.
     */
    public List<AuditEvent> outsideHours(Collection<Long> units, Instant from, Instant until, LocalTime opens,
                                         LocalTime closes, Collection<LocalDate> holidays, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from audit_event where " + IN_SCOPE + " and " + OUTSIDE_HOURS
                        + " order by occurred_at, id limit :limit")
                .param("units", units).param("from", utc(from)).param("until", utc(until))
                .param("opens", opens).param("closes", closes).param("holidays", dates(holidays))
                .param("limit", limit)
                .query(AuditEvents::event).list();
    }

    public long outsideHoursCount(Collection<Long> units, Instant from, Instant until, LocalTime opens,
                                  LocalTime closes, Collection<LocalDate> holidays) {
        if (units.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from audit_event where " + IN_SCOPE + " and " + OUTSIDE_HOURS)
                .param("units", units).param("from", utc(from)).param("until", utc(until))
                .param("opens", opens).param("closes", closes).param("holidays", dates(holidays))
                .query(Long.class).single();
    }

    private static final String OUTSIDE_HOURS = """
            (extract(isodow from occurred_at at time zone 'Europe/Stockholm') > 5
             or (occurred_at at time zone 'Europe/Stockholm')::date = any (string_to_array(:holidays, ',')::date[])
             or (occurred_at at time zone 'Europe/Stockholm')::time < :opens
             or (occurred_at at time zone 'Europe/Stockholm')::time >= :closes)""";

    /**
     * Each user who accessed more than {@code threshold} different persons within one window of {@code window}
     * (windows counted from the epoch, so the same for every user), in time order.
     */
    public List<Burst> bursts(Collection<Long> units, Instant from, Instant until, Duration window, int threshold) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select actor, to_timestamp(floor(extract(epoch from occurred_at) / :seconds) * :seconds) as start,
                               count(distinct (person_type, person_id)) as persons
                        from audit_event
                        where %s
                        group by actor, start
                        having count(distinct (person_type, person_id)) > :threshold
                        order by start, actor
                        """.formatted(IN_SCOPE))
                .param("units", units).param("from", utc(from)).param("until", utc(until))
                .param("seconds", window.toSeconds()).param("threshold", threshold)
                .query((rs, row) -> new Burst(rs.getString("actor"),
                        rs.getObject("start", OffsetDateTime.class).toInstant(), rs.getLong("persons")))
                .list();
    }

    /** Every person accessed through each unit's register in the period, with how often and when. */
    public List<PersonAccesses> persons(Collection<Long> units, Instant from, Instant until) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select unit_id, person_type, person_id, count(*) as entries, min(occurred_at) as first,
                               max(occurred_at) as last
                        from audit_event
                        where %s
                        group by unit_id, person_type, person_id
                        order by unit_id, person_type, person_id
                        """.formatted(IN_SCOPE))
                .param("units", units).param("from", utc(from)).param("until", utc(until))
                .query((rs, row) -> new PersonAccesses(rs.getLong("unit_id"), rs.getString("person_type"),
                        rs.getString("person_id"), rs.getLong("entries"),
                        rs.getObject("first", OffsetDateTime.class).toInstant(),
                        rs.getObject("last", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** One user's accesses in the units' registers, oldest first: for a check on suspicion. */
    public List<AuditEvent> byActor(Collection<Long> units, Instant from, Instant until, String actor, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from audit_event where " + IN_SCOPE
                        + " and lower(actor) = lower(:actor) order by occurred_at, id limit :limit")
                .param("units", units).param("from", utc(from)).param("until", utc(until))
                .param("actor", actor).param("limit", limit)
                .query(AuditEvents::event).list();
    }

    public long byActorCount(Collection<Long> units, Instant from, Instant until, String actor) {
        if (units.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from audit_event where " + IN_SCOPE + " and lower(actor) = lower(:actor)")
                .param("units", units).param("from", utc(from)).param("until", utc(until)).param("actor", actor)
                .query(Long.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String dates(Collection<LocalDate> days) {
        return String.join(",", days.stream().map(LocalDate::toString).toList());
    }
}
