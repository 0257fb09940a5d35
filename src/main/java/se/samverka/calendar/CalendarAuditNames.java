package se.samverka.calendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Names calendar subscription links in the audit review by whose they are. */
@Component
class CalendarAuditNames implements AuditObjectNames {

    private final JdbcClient jdbc;
    private final Texts texts;

    CalendarAuditNames(JdbcClient jdbc, Texts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(Subscriptions.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> objectIds) {
        List<Long> ids = AuditObjectNames.numeric(objectIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, username from calendar_link where id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(String.valueOf(rs.getLong("id")),
                        AuditObjectName.of(texts.message("audit.name.calendar-link", rs.getString("username")))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
