package se.samverka.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the audit log for review. */
@Service
public class AuditEvents {

    private final JdbcClient jdbc;

    AuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEvent> latest(String objectType, String objectId, int limit) {
        return jdbc.sql("""
                        select id, occurred_at, actor, action, object_type, object_id, detail, source_address
                        from audit_event
                        where (cast(:objectType as text) is null or object_type = :objectType)
                          and (cast(:objectId as text) is null or object_id = :objectId)
                        order by occurred_at desc, id desc
                        limit :limit
                        """)
                .param("objectType", objectType)
                .param("objectId", objectId)
                .param("limit", limit)
                .query((rs, row) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
                        rs.getString("object_type"), rs.getString("object_id"), rs.getString("detail"),
                        rs.getString("source_address")))
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
}
