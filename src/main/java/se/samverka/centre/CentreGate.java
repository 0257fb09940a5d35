package se.samverka.centre;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;

/**
 * For other modules' pages about one centre: the centre when the signed-in user may see or change it,
 * 404 when there is no such centre and 403 when it is not theirs.
 */
@Component
public class CentreGate {

    private final CentreRegistry registry;
    private final CentreAccess access;
    private final Actors actors;

    CentreGate(CentreRegistry registry, CentreAccess access, Actors actors) {
        this.registry = registry;
        this.access = access;
        this.actors = actors;
    }

    public CentreView visible(long id) {
        if (!access.canView(actors.require(), facts(id))) {
            throw new AccessDeniedException("Inte ditt familjecentrum");
        }
        return registry.view(id).orElseThrow();
    }

    public CentreView changeable(long id) {
        if (!canChange(id)) {
            throw new AccessDeniedException("Får inte ändra familjecentrumet");
        }
        return registry.view(id).orElseThrow();
    }

    public boolean canChange(long id) {
        Actor actor = actors.require();
        return access.canEdit(actor, facts(id));
    }

    private CentreAccess.Facts facts(long id) {
        return registry.facts(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
