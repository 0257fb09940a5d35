package se.samverka.directory;

import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Names a centre's public page (logged by the centre's id) in the audit review. */
@Component
class DirectoryAuditNames implements AuditObjectNames {

    private final Texts texts;

    DirectoryAuditNames(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(PublicPageWork.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> centreIds) {
        String name = texts.message("audit.type.public-page");
        return AuditObjectNames.numeric(centreIds).stream().collect(Collectors.toMap(String::valueOf,
                id -> AuditObjectName.within(name, "centre", id)));
    }
}
