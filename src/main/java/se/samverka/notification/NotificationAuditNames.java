package se.samverka.notification;

import org.springframework.stereotype.Component;
import se.samverka.audit.AuditObjectName;
import se.samverka.audit.AuditObjectNames;
import se.samverka.identity.MailRecipients;
import se.samverka.platform.Texts;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Names a user's notification settings in the audit review by whose they are. */
@Component
class NotificationAuditNames implements AuditObjectNames {

    private final MailRecipients recipients;
    private final Texts texts;

    NotificationAuditNames(MailRecipients recipients, Texts texts) {
        this.recipients = recipients;
        this.texts = texts;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(NotificationSettings.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditObjectName> names(String objectType, Set<String> objectIds) {
        Map<String, AuditObjectName> names = new HashMap<>();
        for (long id : AuditObjectNames.numeric(objectIds)) {
            recipients.byId(id).ifPresent(r -> names.put(String.valueOf(id),
                    AuditObjectName.of(texts.message("audit.name.notification-settings", r.displayName()))));
        }
        return names;
    }
}
