package se.samverka.identity;

import java.util.Objects;

/** A role held for a scope: a principal's, centre's or unit's id; none for COUNTY_ADMIN and AUDITOR. */
public record Grant(Role role, Long scopeId) {

    public Grant {
        Objects.requireNonNull(role);
        if ((role.scope() == Role.Scope.NONE) != (scopeId == null)) {
            throw new IllegalArgumentException(role + " needs " + (scopeId == null ? "a" : "no") + " scope");
        }
    }

    public static Grant countyAdmin() {
        return new Grant(Role.COUNTY_ADMIN, null);
    }
}
