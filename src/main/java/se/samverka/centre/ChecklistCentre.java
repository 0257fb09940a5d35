package se.samverka.centre;

import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Classification;
import se.samverka.rules.Classifier;
import se.samverka.rules.Governance;

import java.util.Objects;

/**
 * What a centre's compliance checklist is worked out from: its configuration, the kind the rules give it, and its
 * governance. No personal data, so the checklists of every centre in the county can be read at once.
 */
public record ChecklistCentre(long id, CentreConfiguration configuration, Classification classification,
                              Governance governance) {

    public ChecklistCentre {
        Objects.requireNonNull(configuration);
        Objects.requireNonNull(classification);
        Objects.requireNonNull(governance);
    }

    static ChecklistCentre of(long id, CentreConfiguration configuration, Governance governance) {
        return new ChecklistCentre(id, configuration, Classifier.classify(configuration), governance);
    }

    static ChecklistCentre of(CentreView centre) {
        return new ChecklistCentre(centre.id(), centre.configuration(), centre.classification(), centre.governance());
    }

    public CentreKind kind() {
        return classification.kind();
    }

    /** A family centre or family-centre-like operation: what the agreement's requirements apply to. */
    public boolean covered() {
        return kind() != CentreKind.NOT_COVERED;
    }

    public boolean participates(BaseOperation operation) {
        return configuration.participates(operation);
    }
}
