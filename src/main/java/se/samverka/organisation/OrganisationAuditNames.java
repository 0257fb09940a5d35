package se.samverka.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Names principals, and units within their principal, in the audit review. */
@Component
class OrganisationAuditNames implements AuditObjectNames {

    static final String PRINCIPAL = "principal";
    static final String UNIT = "unit";

    private final JdbcClient jdbc;

    OrganisationAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(PRINCIPAL, UNIT);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> objectIds) {
        List<Long> ids = AuditObjectNames.numeric(objectIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        if (PRINCIPAL.equals(objectType)) {
            return jdbc.sql("select id, name from principal where id in (:ids)")
                    .param("ids", ids)
                    .query((rs, row) -> Map.entry(String.valueOf(rs.getLong("id")), AuditObjectName.of(rs.getString("name"))))
                    .list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
        return jdbc.sql("select id, name, principal_id from unit where id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(String.valueOf(rs.getLong("id")),
                        AuditObjectName.within(rs.getString("name"), PRINCIPAL, rs.getLong("principal_id"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
