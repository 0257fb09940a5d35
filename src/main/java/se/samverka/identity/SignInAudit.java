package se.samverka.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;

/** Every successful sign-in, by password or OIDC, goes to the audit log. */
@Component
class SignInAudit {

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), AuditAction.LOGIN, UserAccounts.AUDIT_TYPE, null,
                event.getAuthentication().getClass().getSimpleName());
    }
}
