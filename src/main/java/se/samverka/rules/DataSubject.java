package se.samverka.rules;

import java.util.Set;

/** The person a disclosure is about, as far as it decides who has to consent (R13c, R13e). */
public enum DataSubject {
    ADULT,
    CHILD_SINGLE_CUSTODY,
    CHILD_JOINT_CUSTODY;

    public static DataSubject of(boolean child, boolean jointCustody) {
        if (!child) {
            return ADULT;
        }
        return jointCustody ? CHILD_JOINT_CUSTODY : CHILD_SINGLE_CUSTODY;
    }

    /** The reasons a consent given by {@code givenBy} is not enough for this person; empty when it is. */
    Set<String> missingGivers(Set<ConsentGiver> givenBy) {
        return switch (this) {
            case ADULT -> givenBy.contains(ConsentGiver.SELF) ? Set.of() : Set.of("consent.self-missing");
            case CHILD_SINGLE_CUSTODY -> givenBy.contains(ConsentGiver.CUSTODIAN_1)
                    || givenBy.contains(ConsentGiver.CUSTODIAN_2) ? Set.of() : Set.of("consent.custodian-missing");
            case CHILD_JOINT_CUSTODY -> {
                if (!givenBy.contains(ConsentGiver.CUSTODIAN_1) && !givenBy.contains(ConsentGiver.CUSTODIAN_2)) {
                    yield Set.of("consent.custodians-missing");
                }
                if (!givenBy.contains(ConsentGiver.CUSTODIAN_1)) {
                    yield Set.of("consent.custodian-1-missing");
                }
                yield givenBy.contains(ConsentGiver.CUSTODIAN_2) ? Set.of() : Set.of("consent.custodian-2-missing");
            }
        };
    }
}
