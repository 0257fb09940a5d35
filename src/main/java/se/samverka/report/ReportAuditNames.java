package se.samverka.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.Map;
import java.util.Set;

/** Names activity reports in the audit review: "Verksamhetsberättelse 2025" within their centre. */
@Component
class ReportAuditNames implements AuditObjectNames {

    private final JdbcClient jdbc;
    private final Texts texts;

    ReportAuditNames(JdbcClient jdbc, Texts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(ReportWork.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> objectIds) {
        return AuditObjectNames.byId(jdbc, "select id, year, centre_id from activity_report where id in (:ids)",
                objectIds, (rs, row) -> AuditObjectName.within(
                        texts.message("report.title.short", String.valueOf(rs.getInt("year"))),
                        "centre", rs.getLong("centre_id")));
    }
}
