package se.samverka.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.identity.MailRecipients;

import java.util.Map;
import java.util.stream.Collectors;

/** A user's own e-mail address and choices of delivery, changed together and audited (the account's id). */
@Service
class NotificationSettings {

    static final String AUDIT_TYPE = "notification-settings";

    private final MailRecipients recipients;
    private final Preferences preferences;
    private final AuditLog audit;

    NotificationSettings(MailRecipients recipients, Preferences preferences, AuditLog audit) {
        this.recipients = recipients;
        this.preferences = preferences;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Map<NotificationKind, Delivery> of(long userId) {
        return preferences.of(userId);
    }

    @Transactional
    public void change(long userId, String currentEmail, String email, Map<NotificationKind, Delivery> choices) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (!java.util.Objects.equals(address, currentEmail)) {
            recipients.changeOwn(userId, address);
        }
        preferences.save(userId, choices);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, userId, choices.entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase() + "=" + e.getValue().name().toLowerCase())
                .collect(Collectors.joining(", ")));
    }
}
