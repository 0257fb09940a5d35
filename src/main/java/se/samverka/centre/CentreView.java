package se.samverka.centre;

import se.samverka.organisation.Municipality;
import se.samverka.organisation.PrincipalSummary;
import se.samverka.organisation.UnitSummary;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.Classification;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.Governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A centre as the registry knows it, with its classification. Holds personal data (the
 * coordinator's and steering-group members' names): read it through {@link CentreRegistry#view}, which
 * audits the read.
 */
public record CentreView(long id, String name, Address address, Municipality municipality, boolean prioritisedArea,
                         LocalDate establishedOn, List<ParticipationView> participations, List<ActorEntry> otherActors,
                         SteeringGroupView steeringGroup, CoordinatorView coordinator,
                         CentreConfiguration configuration, Governance governance, Classification classification,
                         int version) {

    public record ParticipationView(BaseOperation operation, UnitSummary unit, boolean coLocated) {
    }

    public record SteeringGroupView(long id, String name, List<SteeringGroupMember> members,
                                    List<CentreReference> governs, int version) {
    }

    public record CentreReference(long id, String name) {
    }

    public record CoordinatorView(String name, PrincipalSummary employer, int serviceGrade, LocalDate appointedOn) {
    }

    public Set<Long> principalIds() {
        return participations.stream().map(p -> p.unit().principal().id()).collect(java.util.stream.Collectors.toSet());
    }

    public CentreAccess.Facts facts() {
        return new CentreAccess.Facts(id, municipality.code(),
                participations.stream().map(p -> p.unit().id()).collect(java.util.stream.Collectors.toSet()),
                principalIds());
    }
}
