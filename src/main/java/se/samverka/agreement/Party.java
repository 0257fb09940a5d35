package se.samverka.agreement;

import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A party to one version of an agreement, as it was when the version was drafted, with the one person
 * who signs for it.
 *
 * @param role           the base operation the party takes part with, {@code OTHER} for another actor
 *                       (library, dental care …), or {@code GRANTOR}/{@code USER} in a usage-right agreement
 * @param administration the party's responsible administration (förvaltning), as the template asks
 */
@Table("agreement_party")
record Party(String role, String name, String principalName, String organisationNumber, String administration,
             String signatoryUsername, String signatoryName, String signatoryTitle, Instant viewedAt,
             Instant signedAt, String signedPlace, String signedFrom) {

    static final String OTHER = "OTHER";
    static final String GRANTOR = "GRANTOR";
    static final String USER = "USER";

    Party {
        Objects.requireNonNull(role);
        Objects.requireNonNull(name);
    }

    static Party of(String role, String name, String principalName, String organisationNumber,
                    String administration) {
        return new Party(role, name, principalName, organisationNumber, administration, null, null, null, null,
                null, null, null);
    }

    Party describedAs(String name, String principalName, String organisationNumber, String administration) {
        return new Party(role, name, principalName, organisationNumber, administration, signatoryUsername,
                signatoryName, signatoryTitle, viewedAt, signedAt, signedPlace, signedFrom);
    }

    Party signatory(String username, String name, String title) {
        return new Party(role, this.name, principalName, organisationNumber, administration, username, name, title,
                null, null, null, null);
    }

    Party withoutSignatory() {
        return of(role, name, principalName, organisationNumber, administration);
    }

    Party viewed(Instant at) {
        return new Party(role, name, principalName, organisationNumber, administration, signatoryUsername,
                signatoryName, signatoryTitle, at, signedAt, signedPlace, signedFrom);
    }

    Party signed(Instant at, String place, String title, String from) {
        return new Party(role, name, principalName, organisationNumber, administration, signatoryUsername,
                signatoryName, title, viewedAt == null ? at : viewedAt, at, place, from);
    }

    boolean signedBy(String username) {
        return signedAt != null && isSignatory(username);
    }

    boolean isSignatory(String username) {
        return signatoryUsername != null && signatoryUsername.equalsIgnoreCase(username);
    }

    boolean hasSigned() {
        return signedAt != null;
    }

    boolean isOther() {
        return OTHER.equals(role);
    }
}
