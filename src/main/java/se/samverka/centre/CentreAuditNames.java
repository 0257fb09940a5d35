package se.samverka.centre;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Names centres and steering groups in the audit review. */
@Component
class CentreAuditNames implements AuditObjectNames {

    private final JdbcClient jdbc;

    CentreAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(CentreRegistry.CENTRE, CentreRegistry.STEERING_GROUP);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> objectIds) {
        List<Long> ids = AuditObjectNames.numeric(objectIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        String table = CentreRegistry.CENTRE.equals(objectType) ? "centre" : "steering_group";
        return jdbc.sql("select id, name from " + table + " where id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(String.valueOf(rs.getLong("id")), AuditObjectName.of(rs.getString("name"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
