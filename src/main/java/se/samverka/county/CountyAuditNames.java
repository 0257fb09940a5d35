package se.samverka.county;

import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names the county's objects in the audit review: a decision by its body and day, a population import by number, a
 * follow-up report by its year.
 */
@Component
class CountyAuditNames implements AuditObjectNames {

    private final RegionalDecisions decisions;
    private final CountyReports reports;
    private final Texts texts;

    CountyAuditNames(RegionalDecisions decisions, CountyReports reports, Texts texts) {
        this.decisions = decisions;
        this.reports = reports;
        this.texts = texts;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(RegionalDecisions.AUDIT_TYPE, Population.AUDIT_TYPE, CountyReportWork.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> objectIds) {
        Set<Long> ids = Set.copyOf(AuditObjectNames.numeric(objectIds));
        Map<String, AuditObjectName> names = new HashMap<>();
        if (objectType.equals(Population.AUDIT_TYPE)) {
            ids.forEach(id -> names.put(String.valueOf(id),
                    AuditObjectName.of(texts.message("audit.name.population", id))));
            return names;
        }
        if (objectType.equals(CountyReportWork.AUDIT_TYPE)) {
            reports.findAllById(ids).forEach(r -> names.put(String.valueOf(r.id()),
                    AuditObjectName.of(texts.message("audit.name.county-report", String.valueOf(r.year())))));
            return names;
        }
        decisions.all().stream().filter(d -> ids.contains(d.id())).forEach(d -> names.put(String.valueOf(d.id()),
                AuditObjectName.of(texts.message("audit.name.regional-decision", d.body(), d.decidedOn().toString()))));
        return names;
    }
}
