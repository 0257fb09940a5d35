package se.samverka.centre;

import se.samverka.rules.BaseOperation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A proposal waiting for a party's consent, as pages show it. Holds personal data when it proposes a coordinator (the
 * name): read through {@link PartyConsent}, which audits the read.
 *
 * @param unitName        the unit proposed to take part, or null for a coordinator
 * @param coordinatorName the coordinator proposed to be employed by the party, or null for a unit
 */
public record ProposalView(long id, long centreId, String centreName, long principalId, String principalName,
                           String kind, BaseOperation operation, String unitName, Boolean coLocated,
                           String coordinatorName, Integer serviceGrade, LocalDate decidedOn, String proposedBy,
                           Instant proposedAt, int version) {
}
