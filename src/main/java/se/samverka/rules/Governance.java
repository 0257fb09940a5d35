package se.samverka.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the governance rules (§11) look at.
 *
 * @param steeringGroup            the centre has a steering group
 * @param managedOperations        the base operations whose nearest manager sits in the steering group
 * @param coordinator              the centre's coordinator, or null when there is none
 */
public record Governance(boolean steeringGroup, Set<BaseOperation> managedOperations, CoordinatorFacts coordinator) {

    /**
     * @param serviceGradePercent       tjänstgöringsgrad, 1–100
     * @param employerTakesPart         the employing party runs one of the centre's base operations
     */
    public record CoordinatorFacts(int serviceGradePercent, boolean employerTakesPart) {

        public CoordinatorFacts {
            if (serviceGradePercent < 1 || serviceGradePercent > 100) {
                throw new IllegalArgumentException("Service grade must be 1–100 %: " + serviceGradePercent);
            }
        }
    }

    public Governance {
        managedOperations = managedOperations.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(managedOperations));
        if (!steeringGroup && !managedOperations.isEmpty()) {
            throw new IllegalArgumentException("Managers without a steering group");
        }
    }

    public static Governance none() {
        return new Governance(false, Set.of(), null);
    }
}
