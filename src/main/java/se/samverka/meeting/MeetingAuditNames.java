package se.samverka.meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.Map;
import java.util.Set;

/** Names meetings in the audit review: "Samverkansmöte 2026-12-01" within their centre. */
@Component
class MeetingAuditNames implements AuditObjectNames {

    private final JdbcClient jdbc;
    private final Texts texts;

    MeetingAuditNames(JdbcClient jdbc, Texts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(MeetingWork.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> objectIds) {
        return AuditObjectNames.byId(jdbc,
                "select id, kind, cast(starts_at as date) as day, centre_id from meeting where id in (:ids)", objectIds,
                (rs, row) -> AuditObjectName.within(texts.message("meeting.title",
                                texts.message("meeting.kind." + rs.getString("kind")), rs.getString("day")),
                        "centre", rs.getLong("centre_id")));
    }
}
