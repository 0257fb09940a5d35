package se.samverka.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.Map;
import java.util.Set;

/** Names a public activity in the audit review by its title, within its centre. */
@Component
class ActivityAuditNames implements AuditObjectNames {

    private final JdbcClient jdbc;
    private final Texts texts;

    ActivityAuditNames(JdbcClient jdbc, Texts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(ActivityWork.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> objectIds) {
        return AuditObjectNames.byId(jdbc, "select id, title, centre_id from directory_activity where id in (:ids)",
                objectIds, (rs, row) -> AuditObjectName.within(
                        texts.message("directory.activity.audit-name", rs.getString("title")),
                        "centre", rs.getLong("centre_id")));
    }
}
