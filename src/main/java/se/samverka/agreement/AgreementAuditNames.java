package se.samverka.agreement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Names agreement versions in the audit review: "Lokalt samverkansavtal, version 2" within their centre. */
@Component
class AgreementAuditNames implements AuditObjectNames {

    private final JdbcClient jdbc;
    private final Texts texts;

    AgreementAuditNames(JdbcClient jdbc, Texts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(LocalAgreements.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> objectIds) {
        List<Long> ids = AuditObjectNames.numeric(objectIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, kind, number, centre_id from agreement where id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(String.valueOf(rs.getLong("id")), AuditObjectName.within(
                        texts.message("audit.name.agreement", texts.message("agreement.kind." + rs.getString("kind")),
                                rs.getInt("number")),
                        "centre", rs.getLong("centre_id"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
