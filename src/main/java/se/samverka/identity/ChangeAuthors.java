package se.samverka.identity;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditEvents;
import se.samverka.audit.AuditLog;
import se.samverka.platform.ChangeHistory;

import java.util.Optional;

/**
 * An object's latest change from the audit log, its author named as people know them (their display name; the
 * username of an account that no longer exists, or "system"). Reading the name is audited like any account read.
 */
@Component
class ChangeAuthors implements ChangeHistory {

    private final AuditEvents events;
    private final Users users;
    private final AuditLog audit;

    ChangeAuthors(AuditEvents events, Users users, AuditLog audit) {
        this.events = events;
        this.users = users;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Optional<Change> latest(String objectType, Object objectId) {
        return events.latestChange(objectType, String.valueOf(objectId))
                .map(change -> new Change(name(change.actor()), change.occurredAt(), change.detail()));
    }

    private String name(String username) {
        Optional<User> author = users.findByUsername(username);
        author.ifPresent(user -> audit.read(UserAccounts.AUDIT_TYPE, user.id(), "namn som ändrat ett objekt"));
        return author.map(User::displayName).orElse(username);
    }
}
