package se.samverka.centre;

import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Classifier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the county's follow-up counts of a centre, from {@code validFrom}: its configuration, steering group and
 * coordinator's service grade and employer. The kind is never stored: {@link #of} has the rules derive it from the
 * configuration, once, because the county's figures ask it of every centre several times.
 */
public record CentreState(long centreId, LocalDate validFrom, String name, String municipalityCode,
                          CentreConfiguration configuration, CentreKind kind, Long steeringGroupId,
                          Integer coordinatorServiceGrade, Long coordinatorEmployerId, LocalDate establishedOn) {

    public CentreState {
        Objects.requireNonNull(validFrom);
        Objects.requireNonNull(name);
        Objects.requireNonNull(municipalityCode);
        Objects.requireNonNull(configuration);
        Objects.requireNonNull(kind);
    }

    public static CentreState of(long centreId, LocalDate validFrom, String name, String municipalityCode,
                                 CentreConfiguration configuration, Long steeringGroupId,
                                 Integer coordinatorServiceGrade, Long coordinatorEmployerId, LocalDate establishedOn) {
        return new CentreState(centreId, validFrom, name, municipalityCode, configuration,
                Classifier.classify(configuration).kind(), steeringGroupId, coordinatorServiceGrade,
                coordinatorEmployerId, establishedOn);
    }

    public boolean prioritisedArea() {
        return configuration.prioritisedArea();
    }
}
