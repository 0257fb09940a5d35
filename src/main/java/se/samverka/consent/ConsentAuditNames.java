package se.samverka.consent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.UnitSummary;
import se.samverka.platform.Texts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names persons of the registers in the audit review by number and operation, never by name: the review is open to
 * the county, which never sees a person (R13d). Entries of the catalogue of legal bases are named by their statute.
 */
@Component
class ConsentAuditNames implements AuditObjectNames {

    private final JdbcClient jdbc;
    private final Texts texts;
    private final Organisations organisations;

    ConsentAuditNames(JdbcClient jdbc, Texts texts, Organisations organisations) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.organisations = organisations;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(PersonRegister.AUDIT_TYPE, LegalBasisCatalogue.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> objectIds) {
        if (objectType.equals(LegalBasisCatalogue.AUDIT_TYPE)) {
            return legalBases(objectIds);
        }
        record Row(long id, long centreId, long unitId) {
        }
        List<Long> ids = AuditObjectNames.numeric(objectIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Row> rows = jdbc.sql("select id, centre_id, unit_id from person where id in (:ids)").param("ids", ids)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("centre_id"), rs.getLong("unit_id")))
                .list();
        Map<Long, UnitSummary> units = organisations.units(rows.stream().map(Row::unitId).collect(Collectors.toSet()));
        return rows.stream().collect(Collectors.toMap(row -> String.valueOf(row.id()),
                row -> AuditObjectName.within(texts.message("audit.name.person", row.id(),
                        texts.operation(units.get(row.unitId()).operation())), "centre", row.centreId())));
    }

    private Map<String, AuditObjectName> legalBases(Set<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select distinct on (code) code, statute, title from legal_basis_version
                        where code in (:codes) order by code, version desc
                        """)
                .param("codes", codes)
                .query((rs, n) -> Map.entry(rs.getString("code"),
                        AuditObjectName.of(rs.getString("statute") + ": " + rs.getString("title"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
