package se.samverka.evaluation;

import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.OtherActor;
import se.samverka.rules.Participation;

import java.util.List;
import java.util.Set;

/** The "pröva" form: which operations take part, which of them are co-located, the area. */
record TrialForm(Set<BaseOperation> participating, Set<BaseOperation> coLocated, Set<OtherActor> otherActors,
                 Boolean prioritisedArea) {

    TrialForm {
        prioritisedArea = Boolean.TRUE.equals(prioritisedArea);
        participating = participating == null ? Set.of() : Set.copyOf(participating);
        coLocated = coLocated == null ? Set.of() : Set.copyOf(coLocated);
        otherActors = otherActors == null ? Set.of() : Set.copyOf(otherActors);
    }

    /** Co-location only counts for operations that take part. */
    CentreConfiguration toConfiguration() {
        List<Participation> participations = participating.stream().sorted()
                .map(operation -> new Participation(operation, coLocated.contains(operation)))
                .toList();
        return new CentreConfiguration(participations, otherActors, prioritisedArea);
    }

    boolean coLocatedWithoutTakingPart() {
        return coLocated.stream().anyMatch(operation -> !participating.contains(operation));
    }
}
