package se.samverka.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What classification looks at: the participating base operations, other actors and the area. */
public record CentreConfiguration(List<Participation> participations, Set<OtherActor> otherActors,
                                  boolean prioritisedArea) {

    public CentreConfiguration {
        participations = List.copyOf(participations);
        otherActors = otherActors.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(otherActors));
        var seen = EnumSet.noneOf(BaseOperation.class);
        for (Participation participation : participations) {
            if (!seen.add(participation.operation())) {
                throw new IllegalArgumentException("Base operation listed twice: " + participation.operation());
            }
        }
    }

    public static CentreConfiguration of(boolean prioritisedArea, Participation... participations) {
        return new CentreConfiguration(List.of(participations), Set.of(), prioritisedArea);
    }

    public Optional<Participation> participation(BaseOperation operation) {
        Objects.requireNonNull(operation);
        return participations.stream().filter(p -> p.operation() == operation).findFirst();
    }

    public boolean participates(BaseOperation operation) {
        return participation(operation).isPresent();
    }

    public boolean coLocated(BaseOperation operation) {
        return participation(operation).map(Participation::coLocated).orElse(false);
    }

    public Set<BaseOperation> operations() {
        var operations = EnumSet.noneOf(BaseOperation.class);
        participations.forEach(p -> operations.add(p.operation()));
        return operations;
    }
}
