package se.samverka.economy;

import org.springframework.stereotype.Component;
import se.samverka.centre.CentreAccess;
import se.samverka.centre.CentreParticipants;
import se.samverka.identity.Actor;

/** Those who may see a centre see its shared costs; those who may change it record costs and close settlements. */
@Component
class EconomyAccess {

    private final CentreAccess centres;

    EconomyAccess(CentreAccess centres) {
        this.centres = centres;
    }

    boolean canView(Actor actor, CentreParticipants centre) {
        return centres.canView(actor, centre.facts());
    }

    boolean canChange(Actor actor, CentreParticipants centre) {
        return centres.canEdit(actor, centre.facts());
    }
}
