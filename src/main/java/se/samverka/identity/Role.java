package se.samverka.identity;

/**
 * What a user is in Samverka. All but COUNTY_ADMIN and AUDITOR (the county's log reviewer, who reviews and verifies
 * the audit log) hold for a scope (principal, centre or unit). LOG_REVIEWER reviews the accesses to persons in one
 * principal's registers (§13).
 */
public enum Role {
    COUNTY_ADMIN(Scope.NONE),
    AUDITOR(Scope.NONE),
    PRINCIPAL_ADMIN(Scope.PRINCIPAL),
    LOG_REVIEWER(Scope.PRINCIPAL),
    STEERING_GROUP(Scope.CENTRE),
    COORDINATOR(Scope.CENTRE),
    STAFF(Scope.UNIT);

    public enum Scope {
        NONE,
        PRINCIPAL,
        CENTRE,
        UNIT
    }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
