package se.samverka.meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
        List<Long> ids = AuditObjectNames.numeric(objectIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, kind, cast(starts_at as date) as day, centre_id from meeting where id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(String.valueOf(rs.getLong("id")), AuditObjectName.within(
                        texts.message("meeting.title", texts.message("meeting.kind." + rs.getString("kind")),
                                rs.getString("day")),
                        "centre", rs.getLong("centre_id"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
