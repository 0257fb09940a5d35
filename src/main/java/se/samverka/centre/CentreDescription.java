package se.samverka.centre;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * What a centre is: name, place, area, who takes part, and the day it was established (when known; R14b and the
 * county's history read it). Validated before it reaches a centre.
 */
public record CentreDescription(String name, Address address, String municipalityCode, boolean prioritisedArea,
                         List<UnitParticipation> participations, List<ActorEntry> otherActors,
                         LocalDate establishedOn) {

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
