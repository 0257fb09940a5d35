package se.samverka.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.Map;
import java.util.Set;

/** Names operational plans in the audit review: "Verksamhetsplan 2026" within their centre. */
@Component
class PlanAuditNames implements AuditObjectNames {

    private final JdbcClient jdbc;
    private final Texts texts;

    PlanAuditNames(JdbcClient jdbc, Texts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(PlanWork.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> objectIds) {
        return AuditObjectNames.byId(jdbc, "select id, year, centre_id from plan where id in (:ids)", objectIds,
                (rs, row) -> AuditObjectName.within(texts.message("plan.title.short", String.valueOf(rs.getInt("year"))),
                        "centre", rs.getLong("centre_id")));
    }
}
