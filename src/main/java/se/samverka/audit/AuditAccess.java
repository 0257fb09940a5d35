package se.samverka.audit;

import java.util.Objects;

/**
 * An access to a person's personal data as the log review needs it: whose data, in which role the actor acted, at
 * which centre and in which unit's register, for what purpose, and whether the person has protected identity.
 */
public record AuditAccess(AuditPerson person, String role, Long centreId, Long unitId, String purpose,
                          boolean protectedIdentity) {

    public AuditAccess {
        Objects.requireNonNull(person);
        Objects.requireNonNull(role);
        Objects.requireNonNull(purpose);
    }
}
