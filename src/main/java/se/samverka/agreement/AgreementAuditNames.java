package se.samverka.agreement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.Map;
import java.util.Set;

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
        return AuditObjectNames.byId(jdbc, "select id, kind, number, centre_id from agreement where id in (:ids)",
                objectIds, (rs, row) -> AuditObjectName.within(texts.message("audit.name.agreement",
                        texts.message("agreement.kind." + rs.getString("kind")), rs.getInt("number")),
                        "centre", rs.getLong("centre_id")));
    }
}
