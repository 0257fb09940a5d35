package se.samverka.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the audit log for review: filtered, newest first, a page at a time by the last entry seen (keyset). */
@Service
public class AuditEvents {

    private final JdbcClient jdbc;

    AuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page of entries older than {@code before} (from the newest when null). */
    AuditPage older(AuditQuery query, AuditCursor before, int size) {
        List<AuditEvent> events = select(query, before, true, size + 1);
        boolean more = events.size() > size;
        List<AuditEvent> page = more ? events.subList(0, size) : events;
        return new AuditPage(List.copyOf(page), before == null || page.isEmpty() ? null : page.getFirst().cursor(),
                more ? page.getLast().cursor() : null);
    }

    /** The page of entries newer than {@code after}. */
    AuditPage newer(AuditQuery query, AuditCursor after, int size) {
        List<AuditEvent> events = new ArrayList<>(select(query, after, false, size + 1));
        boolean more = events.size() > size;
        List<AuditEvent> page = new ArrayList<>(more ? events.subList(0, size) : events);
        Collections.reverse(page);
        if (page.isEmpty()) {
            return older(query, null, size);
        }
        return new AuditPage(List.copyOf(page), more ? page.getFirst().cursor() : null, page.getLast().cursor());
    }

    private List<AuditEvent> select(AuditQuery query, AuditCursor cursor, boolean older, int limit) {
        var where = new StringBuilder("true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.persons() != null) {
            var persons = new StringBuilder("false");
            int i = 0;
            for (var type : query.persons().entrySet()) {
                if (type.getValue().isEmpty()) {
                    continue;
                }
                persons.append(" or (person_type = :personType").append(i).append(" and person_id in (:personIds")
                        .append(i).append("))");
                params.put("personType" + i, type.getKey());
                params.put("personIds" + i, type.getValue());
                i++;
            }
            where.append(" and (").append(persons).append(')');
        }
        if (query.actors() != null || query.actorText() != null) {
            where.append(" and (false");
            if (query.actors() != null && !query.actors().isEmpty()) {
                where.append(" or lower(actor) in (:actors)");
                params.put("actors", query.actors());
            }
            if (query.actorText() != null) {
                where.append(" or strpos(lower(actor), :actorText) > 0");
                params.put("actorText", query.actorText());
            }
            where.append(')');
        }
        if (query.objectType() != null) {
            where.append(" and object_type = :objectType");
            params.put("objectType", query.objectType());
        }
        if (query.objectId() != null) {
            where.append(" and object_id = :objectId");
            params.put("objectId", query.objectId());
        }
        if (query.action() != null) {
            where.append(" and action = :action");
            params.put("action", query.action().name());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.until() != null) {
            where.append(" and occurred_at < :until");
            params.put("until", query.until().atOffset(ZoneOffset.UTC));
        }
        if (cursor != null) {
            where.append(older ? " and (occurred_at, id) < (:cursorTime, :cursorId)"
                    : " and (occurred_at, id) > (:cursorTime, :cursorId)");
            params.put("cursorTime", cursor.occurredAt().atOffset(ZoneOffset.UTC));
            params.put("cursorId", cursor.id());
        }
        String direction = older ? "desc" : "asc";
        return jdbc.sql("""
                        select id, occurred_at, actor, action, object_type, object_id, detail, source_address,
                               person_type, person_id, actor_role, centre_id, unit_id, purpose, protected_identity
                        from audit_event
                        where %s
                        order by occurred_at %s, id %s
                        limit :limit
                        """.formatted(where, direction, direction))
                .params(params)
                .param("limit", limit)
                .query(AuditEvents::event)
                .list();
    }

    /** The latest change (not a read or a sign-in) recorded for the object: who, as a username, when, and what. */
    public Optional<Change> latestChange(String objectType, String objectId) {
        return jdbc.sql("""
                        select actor, occurred_at, detail
                        from audit_event
                        where object_type = :objectType and object_id = :objectId
                          and action in ('CREATE', 'UPDATE', 'DELETE')
                        order by occurred_at desc, id desc
                        limit 1
                        """)
                .param("objectType", objectType)
                .param("objectId", objectId)
                .query((rs, row) -> new Change(rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("detail")))
                .optional();
    }

    public record Change(String actor, Instant occurredAt, String detail) {
    }

    /**
     * Every entry about the person, oldest first: who read or changed their data and when, for the extract the person
     * may ask for. Reading it is the caller's to audit.
     */
    public List<AuditEvent> about(AuditPerson person) {
        return jdbc.sql("select * from audit_event where person_type = :type and person_id = :id order by id")
                .param("type", person.type()).param("id", person.id())
                .query(AuditEvents::event).list();
    }

    static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("detail"), rs.getString("source_address"),
                rs.getString("person_type"), rs.getString("person_id"), rs.getString("actor_role"),
                rs.getObject("centre_id", Long.class), rs.getObject("unit_id", Long.class), rs.getString("purpose"),
                rs.getObject("protected_identity", Boolean.class));
    }
}
