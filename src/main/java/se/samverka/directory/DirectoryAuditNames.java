package se.samverka.directory;

import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.platform.Texts;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Names a centre's public page (logged by the centre's id) and a visitor's accessibility feedback in the audit review. */
@Component
class DirectoryAuditNames implements AuditObjectNames {

    private final Texts texts;

    DirectoryAuditNames(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(PublicPageWork.AUDIT_TYPE, AccessibilityFeedback.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> ids) {
        if (AccessibilityFeedback.AUDIT_TYPE.equals(objectType)) {
            String name = texts.message("audit.type.accessibility-feedback");
            return AuditObjectNames.numeric(ids).stream().collect(Collectors.toMap(String::valueOf,
                    id -> AuditObjectName.of(name + " " + id)));
        }
        String name = texts.message("audit.type.public-page");
        return AuditObjectNames.numeric(ids).stream().collect(Collectors.toMap(String::valueOf,
                id -> AuditObjectName.within(name, "centre", id)));
    }
}
