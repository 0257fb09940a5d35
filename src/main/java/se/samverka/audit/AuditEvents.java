package se.samverka.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;

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
}
