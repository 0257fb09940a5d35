package se.samverka.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;

import java.util.Map;
import java.util.Set;

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
        if (PRINCIPAL.equals(objectType)) {
            return AuditObjectNames.byId(jdbc, "select id, name from principal where id in (:ids)", objectIds,
                    (rs, row) -> AuditObjectName.of(rs.getString("name")));
        }
        return AuditObjectNames.byId(jdbc, "select id, name, principal_id from unit where id in (:ids)", objectIds,
                (rs, row) -> AuditObjectName.within(rs.getString("name"), PRINCIPAL, rs.getLong("principal_id")));
    }
}
