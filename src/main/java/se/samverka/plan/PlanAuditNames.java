package se.samverka.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
        List<Long> ids = AuditObjectNames.numeric(objectIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, year, centre_id from plan where id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(String.valueOf(rs.getLong("id")), AuditObjectName.within(
                        texts.message("plan.title.short", String.valueOf(rs.getInt("year"))),
                        "centre", rs.getLong("centre_id"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
