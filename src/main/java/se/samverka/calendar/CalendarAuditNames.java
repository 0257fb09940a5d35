package se.samverka.calendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.Map;
import java.util.Set;

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
        return AuditObjectNames.byId(jdbc, "select id, username from calendar_link where id in (:ids)", objectIds,
                (rs, row) -> AuditObjectName.of(texts.message("audit.name.calendar-link", rs.getString("username"))));
    }
}
