package se.samverka.rules;

import java.util.List;
import java.util.Objects;

/**
 * A centre's kind with the rules that decided it, what it lacks for each kind, why, and the
 * classification rules' lines of the compliance checklist.
 */
public record Classification(CentreKind kind, List<String> ruleIds, List<Requirement> missingForFamilyCentre,
                             List<Requirement> missingForFamilyCentreLike, List<Reason> reasons,
                             List<Finding> findings) {

    public Classification {
        Objects.requireNonNull(kind);
        ruleIds = List.copyOf(ruleIds);
        missingForFamilyCentre = List.copyOf(missingForFamilyCentre);
        missingForFamilyCentreLike = List.copyOf(missingForFamilyCentreLike);
        reasons = List.copyOf(reasons);
        findings = List.copyOf(findings);
    }

    /** The kind that comes next, if any: what {@link #missingForNextKind()} leads to. */
    public CentreKind nextKind() {
        return switch (kind) {
            case NOT_COVERED -> CentreKind.FAMILY_CENTRE_LIKE;
            case FAMILY_CENTRE_LIKE, FAMILY_CENTRE -> CentreKind.FAMILY_CENTRE;
        };
    }

    public List<Requirement> missingForNextKind() {
        return kind == CentreKind.NOT_COVERED ? missingForFamilyCentreLike : missingForFamilyCentre;
    }
}
