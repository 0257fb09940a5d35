package se.samverka.identity;

import org.springframework.stereotype.Component;
import se.samverka.audit.AuditReviewers;

/** The log reviewer and the county administrator review the audit log, by their grants as they are now. */
@Component
class AuditReviewAccess implements AuditReviewers {

    private final Actors actors;

    AuditReviewAccess(Actors actors) {
        this.actors = actors;
    }

    @Override
    public boolean mayReview() {
        return actors.current().map(actor -> actor.has(Role.AUDITOR) || actor.isCountyAdmin()).orElse(false);
    }
}
