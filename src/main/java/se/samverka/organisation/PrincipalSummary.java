package se.samverka.organisation;

/**
 * A principal as other modules see it.
 *
 * @param organisationNumber null while a municipality's administrator has not entered it
 * @param municipalityCode   the municipality a MUNICIPALITY principal is, else null
 */
public record PrincipalSummary(long id, PrincipalKind kind, String name, String organisationNumber,
                               String municipalityCode, int version) {
}
