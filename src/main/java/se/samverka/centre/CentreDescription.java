package se.samverka.centre;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/** What a centre is: name, place, area, and who takes part. Validated before it reaches a centre. */
public record CentreDescription(String name, Address address, String municipalityCode, boolean prioritisedArea,
                         List<UnitParticipation> participations, List<ActorEntry> otherActors) {

    public CentreDescription {
        Objects.requireNonNull(address);
        Objects.requireNonNull(municipalityCode);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A centre has a name");
        }
        name = name.trim();
        participations = List.copyOf(participations);
        otherActors = List.copyOf(otherActors);
        var seen = EnumSet.noneOf(se.samverka.rules.BaseOperation.class);
        for (UnitParticipation participation : participations) {
            if (!seen.add(participation.operation())) {
                throw new IllegalArgumentException("Operation twice: " + participation.operation());
            }
        }
    }
}
