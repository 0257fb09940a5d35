package se.samverka.centre;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;

import java.util.Map;
import java.util.Set;

/** Names centres, steering groups and proposals to a party in the audit review. */
@Component
class CentreAuditNames implements AuditObjectNames {

    private final JdbcClient jdbc;

    CentreAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(CentreRegistry.CENTRE, CentreRegistry.STEERING_GROUP, PartyConsent.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> objectIds) {
        String sql = switch (objectType) {
            case CentreRegistry.CENTRE -> "select id, name from centre where id in (:ids)";
            case CentreRegistry.STEERING_GROUP -> "select id, name from steering_group where id in (:ids)";
            default -> """
                    select p.id, c.name || ' – ' || o.name as name
                    from centre_proposal p join centre c on c.id = p.centre_id join principal o on o.id = p.principal_id
                    where p.id in (:ids)""";
        };
        return AuditObjectNames.byId(jdbc, sql, objectIds, (rs, row) -> AuditObjectName.of(rs.getString("name")));
    }
}
