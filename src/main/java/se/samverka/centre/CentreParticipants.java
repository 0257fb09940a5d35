package se.samverka.centre;

import se.samverka.rules.BaseOperation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A centre's participating base operations, with their units and principals, and the principal that employs its
 * coordinator: what shared costs are split by. No personal data.
 *
 * @param coordinatorEmployerId the principal that employs the coordinator, or null when there is none
 * @param establishedOn         the day the centre was established, or null when not known (R14b)
 */
public record CentreParticipants(long id, String name, List<Participant> operations, Long coordinatorEmployerId,
                                 LocalDate establishedOn, CentreAccess.Facts facts) {

    public record Participant(BaseOperation operation, String unitName, long principalId, String principalName) {
    }

    public List<BaseOperation> baseOperations() {
        return operations.stream().map(Participant::operation).distinct().sorted().toList();
    }

    public Optional<Participant> participant(BaseOperation operation) {
        return operations.stream().filter(p -> p.operation() == operation).findFirst();
    }

    /** The operations run by the coordinator's employer, in the agreement's order; empty when not known. */
    public List<BaseOperation> employerOperations() {
        if (coordinatorEmployerId == null) {
            return List.of();
        }
        return operations.stream().filter(p -> p.principalId() == coordinatorEmployerId)
                .map(Participant::operation).distinct().sorted().toList();
    }
}
