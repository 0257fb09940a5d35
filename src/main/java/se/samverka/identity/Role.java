package se.samverka.identity;

/**
 * What a user is in Samverka. All but COUNTY_ADMIN, COUNTY_VIEWER and AUDITOR (the county's log reviewer, who reviews
 * and verifies the audit log) hold for a scope (sub-region, principal, centre or unit). COUNTY_VIEWER (Vårdsamverkan
 * Västra Götaland, VästKom, VGR's follow-up) and SUB_REGION_VIEWER (a kommunalförbund, for its municipalities) follow
 * the county's centres and change nothing. LOG_REVIEWER reviews the accesses to persons in one principal's registers
 * (§13).
 */
public enum Role {
    COUNTY_ADMIN(Scope.NONE),
    COUNTY_VIEWER(Scope.NONE),
    SUB_REGION_VIEWER(Scope.SUB_REGION),
    AUDITOR(Scope.NONE),
    PRINCIPAL_ADMIN(Scope.PRINCIPAL),
    LOG_REVIEWER(Scope.PRINCIPAL),
    STEERING_GROUP(Scope.CENTRE),
    COORDINATOR(Scope.CENTRE),
    STAFF(Scope.UNIT);

    public enum Scope {
        NONE,
        SUB_REGION,
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
