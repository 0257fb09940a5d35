package se.samverka.centre;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The steering group's decision to appoint or dismiss a centre's coordinator (§11.2), with the date it was taken;
 * written once.
 */
@Table("coordinator_decision")
record CoordinatorDecision(@Id Long id, long centreId, Decision decision, LocalDate decidedOn, String name,
                           Long employerId, Integer serviceGrade, String recordedBy, Instant recordedAt) {

    enum Decision {
        APPOINTED,
        DISMISSED
    }

    CoordinatorDecision {
        Objects.requireNonNull(decision);
        Objects.requireNonNull(decidedOn);
        Objects.requireNonNull(recordedBy);
        Objects.requireNonNull(recordedAt);
    }

    static CoordinatorDecision appointed(long centreId, Coordinator coordinator, String by, Instant at) {
        return new CoordinatorDecision(null, centreId, Decision.APPOINTED, coordinator.appointedOn(),
                coordinator.name(), coordinator.employerId(), coordinator.serviceGrade(), by, at);
    }

    static CoordinatorDecision dismissed(long centreId, LocalDate decidedOn, String by, Instant at) {
        return new CoordinatorDecision(null, centreId, Decision.DISMISSED, decidedOn, null, null, null, by, at);
    }
}
