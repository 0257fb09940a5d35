package se.samverka.identity;

/** What a user is in Samverka. All but COUNTY_ADMIN hold for a scope (principal, centre or unit). */
public enum Role {
    COUNTY_ADMIN(Scope.NONE),
    PRINCIPAL_ADMIN(Scope.PRINCIPAL),
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
