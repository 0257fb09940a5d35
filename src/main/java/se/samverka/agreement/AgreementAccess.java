package se.samverka.agreement;

import org.springframework.stereotype.Component;
import se.samverka.centre.CentreAccess;
import se.samverka.centre.CentreRegistry;
import se.samverka.identity.Actor;

/**
 * Who may do what with an agreement: those who may see the centre see its agreements, those who may
 * change it draft, send and amend them, and a named signatory sees and signs the version sent to them.
 */
@Component
class AgreementAccess {

    private final CentreRegistry registry;
    private final CentreAccess centres;

    AgreementAccess(CentreRegistry registry, CentreAccess centres) {
        this.registry = registry;
        this.centres = centres;
    }

    boolean canView(Actor actor, Agreement agreement) {
        return isSignatory(actor, agreement) || registry.facts(agreement.centreId())
                .map(facts -> centres.canView(actor, facts)).orElse(false);
    }

    boolean canChange(Actor actor, long centreId) {
        return registry.facts(centreId).map(facts -> centres.canEdit(actor, facts)).orElse(false);
    }

    boolean canViewCentre(Actor actor, long centreId) {
        return registry.facts(centreId).map(facts -> centres.canView(actor, facts)).orElse(false);
    }

    boolean isSignatory(Actor actor, Agreement agreement) {
        return agreement.parties().stream().anyMatch(p -> p.isSignatory(actor.username()));
    }
}
