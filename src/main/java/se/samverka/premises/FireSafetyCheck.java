package se.samverka.premises;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One logged round, alarm check or evacuation drill. Never changed once written. */
@Table("fire_safety_check")
record FireSafetyCheck(@Id Long id, long centreId, FireSafetyKind kind, LocalDate performedOn, String outcome,
                       boolean deviations, String recordedBy, Instant recordedAt) {

    FireSafetyCheck {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(performedOn);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(recordedBy);
        Objects.requireNonNull(recordedAt);
    }
}
