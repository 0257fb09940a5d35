package se.samverka.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;

/** Every successful sign-in, by password or OIDC, goes to the audit log, about the account that signed in. */
@Component
class SignInAudit {

    private final AuditLog audit;
    private final Users users;

    SignInAudit(AuditLog audit, Users users) {
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        Long account = users.findByUsername(authentication.getName()).map(User::id).orElse(null);
        audit.record(authentication.getName(), AuditAction.LOGIN, UserAccounts.AUDIT_TYPE, account,
                authentication.getPrincipal() instanceof OidcUser ? "inloggning med organisationskonto (OIDC)"
                        : "inloggning med lösenord",
                account == null ? null : UserAccounts.person(account));
    }
}
