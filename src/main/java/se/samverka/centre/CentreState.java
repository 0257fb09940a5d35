package se.samverka.centre;

import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Classifier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the county's follow-up counts of a centre, from {@code validFrom}: its configuration (the kind follows from it
 * by the rules, as everywhere), steering group and coordinator's service grade and employer.
 */
public record CentreState(long centreId, LocalDate validFrom, String name, String municipalityCode,
                          CentreConfiguration configuration, Long steeringGroupId, Integer coordinatorServiceGrade,
                          Long coordinatorEmployerId, LocalDate establishedOn) {

    public CentreState {
        Objects.requireNonNull(validFrom);
        Objects.requireNonNull(name);
        Objects.requireNonNull(municipalityCode);
        Objects.requireNonNull(configuration);
    }

    public CentreKind kind() {
        return Classifier.classify(configuration).kind();
    }

    public boolean prioritisedArea() {
        return configuration.prioritisedArea();
    }

    public boolean hasCoordinator() {
        return coordinatorServiceGrade != null;
    }
}
