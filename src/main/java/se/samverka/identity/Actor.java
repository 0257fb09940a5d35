package se.samverka.identity;

import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in user with what they may do. Carries no more personal data than the display name. */
public record Actor(long userId, String username, String displayName, Set<Grant> grants) {

    public Actor {
        grants = Set.copyOf(grants);
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    public boolean isCountyAdmin() {
        return has(Role.COUNTY_ADMIN);
    }

    /** The ids the user holds {@code role} for. */
    public Set<Long> scopes(Role role) {
        return grants.stream().filter(grant -> grant.role() == role).map(Grant::scopeId).collect(Collectors.toSet());
    }

    public boolean holds(Role role, long scopeId) {
        return grants.contains(new Grant(role, scopeId));
    }
}
