package se.samverka.premises;

import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Names a centre's shared premises and fire safety (logged by the centre's id) in the audit review. */
@Component
class PremisesAuditNames implements AuditObjectNames {

    private final Texts texts;

    PremisesAuditNames(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(PremisesWork.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> centreIds) {
        String name = texts.message("audit.type.premises");
        return AuditObjectNames.numeric(centreIds).stream().collect(Collectors.toMap(String::valueOf,
                id -> AuditObjectName.within(name, "centre", id)));
    }
}
