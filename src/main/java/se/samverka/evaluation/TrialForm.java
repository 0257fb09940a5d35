package se.samverka.evaluation;

import se.samverka.platform.FormValues;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.OtherActor;
import se.samverka.rules.Participation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The "pröva" form as sent: which operations take part, which are co-located, other actors, the area. */
record TrialForm(List<String> participating, List<String> coLocated, List<String> otherActors,
                 String prioritisedArea) {

    TrialForm {
        participating = participating == null ? List.of() : List.copyOf(participating);
        coLocated = coLocated == null ? List.of() : List.copyOf(coLocated);
        otherActors = otherActors == null ? List.of() : List.copyOf(otherActors);
    }

    /** Co-location only counts for operations that take part. */
    CentreConfiguration toConfiguration() {
        Set<BaseOperation> taking = operations(participating);
        Set<BaseOperation> together = operations(coLocated);
        List<Participation> participations = taking.stream()
                .map(operation -> new Participation(operation, together.contains(operation)))
                .toList();
        Set<OtherActor> actors = EnumSet.noneOf(OtherActor.class);
        otherActors.forEach(value -> FormValues.choice(OtherActor.class, value).ifPresent(actors::add));
        return new CentreConfiguration(participations, actors, FormValues.checked(prioritisedArea));
    }

    /** Before anything is ticked there is nothing to judge: an empty form is not a centre that fails every rule. */
    boolean nothingTicked() {
        return participating.isEmpty() && coLocated.isEmpty() && otherActors.isEmpty()
                && !FormValues.checked(prioritisedArea);
    }

    boolean coLocatedWithoutTakingPart() {
        return !operations(participating).containsAll(operations(coLocated));
    }

    /** Something in the request that is not an operation, an actor or a yes. */
    boolean hasUnknownValues() {
        return Stream.of(participating, coLocated).flatMap(List::stream)
                .anyMatch(value -> FormValues.choice(BaseOperation.class, value).isEmpty())
                || otherActors.stream().anyMatch(value -> FormValues.choice(OtherActor.class, value).isEmpty())
                || (prioritisedArea != null && !FormValues.checked(prioritisedArea));
    }

    private static Set<BaseOperation> operations(List<String> values) {
        Set<BaseOperation> operations = EnumSet.noneOf(BaseOperation.class);
        values.forEach(value -> FormValues.choice(BaseOperation.class, value).ifPresent(operations::add));
        return operations;
    }
}
