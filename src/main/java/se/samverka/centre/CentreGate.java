package se.samverka.centre;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import se.samverka.identity.Actors;
import se.samverka.platform.RequestMemo;

import java.util.Set;

/**
 * Where every module's pages ask {@link CentreAccess} about the signed-in user and one centre: 404 when there is
 * no such centre, 403 when the user may not do the action.
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

    /** The centre, read (and its read audited), when the user may do the action with it. */
    public CentreView require(long id, CentreAction action) {
        check(id, action);
        return registry.view(id).orElseThrow();
    }

    /** Refuses unless the user may do the action with the centre; reads nothing of it. */
    public void check(long id, CentreAction action) {
        if (!actions(id).contains(action)) {
            throw new AccessDeniedException("Får inte " + action + " familjecentral " + id);
        }
    }

    public boolean may(long id, CentreAction action) {
        return actions(id).contains(action);
    }

    /** Everything the user may do with the centre. */
    public Set<CentreAction> actions(long id) {
        return access.actions(actors.require(), facts(id));
    }

    private CentreAccess.Facts facts(long id) {
        return RequestMemo.remember("centre-facts-" + id, () -> registry.facts(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
