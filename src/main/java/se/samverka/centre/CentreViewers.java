package se.samverka.centre;

import se.samverka.identity.Actor;

import java.util.Set;

/**
 * Another module's reason to let a person open a centre's page ({@link CentreAction#VIEW}) without a role at it:
 * being named to sign one of its agreements. Read by {@link CentreAccess} only.
 */
public interface CentreViewers {

    /** The centres the actor may open for this module's reason. */
    Set<Long> centresFor(Actor actor);
}
