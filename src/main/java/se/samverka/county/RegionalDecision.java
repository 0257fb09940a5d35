package se.samverka.county;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A decision about the regional agreement, as recorded: by a party (principalId) or by a body that prepared or
 * recommended it for the parties (no principal).
 *
 * @param untilOn the last day of a period, for a consultation; otherwise null
 */
public record RegionalDecision(long id, Long principalId, String body, BodyKind bodyKind, LocalDate decidedOn,
                               LocalDate untilOn, String paragraph, String diaryNumber, DecisionOutcome outcome,
                               String decision, String signatory, String documentName) {

    public RegionalDecision {
        Objects.requireNonNull(body);
        Objects.requireNonNull(bodyKind);
        Objects.requireNonNull(decidedOn);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(decision);
        if (outcome.byParty() && principalId == null) {
            throw new IllegalArgumentException(outcome + " is a party's decision");
        }
    }

    public boolean hasDocument() {
        return documentName != null;
    }
}
