package se.samverka.organisation;

import org.springframework.stereotype.Component;
import se.samverka.identity.Actor;
import se.samverka.identity.Role;

/** A county administrator manages every principal; a principal's administrator their own. */
@Component
class OrganisationAccess {

    boolean canManage(Actor actor, long principalId) {
        return actor.isCountyAdmin() || actor.holds(Role.PRINCIPAL_ADMIN, principalId);
    }

    boolean canCreatePrivateProvider(Actor actor) {
        return actor.isCountyAdmin();
    }
}
