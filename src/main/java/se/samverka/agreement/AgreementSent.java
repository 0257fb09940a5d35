package se.samverka.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * A version was sent for signature, published in the transaction that sends it.
 *
 * @param sentBy      the username of who sent it
 * @param signatories the usernames of the named signatories, one per party
 * @param startsOn    the day the agreement is to apply from, by which it should be signed; null when not set
 */
public record AgreementSent(long agreementId, long centreId, AgreementKind kind, int number, String sentBy,
                            List<String> signatories, LocalDate startsOn) {

    public AgreementSent {
        signatories = List.copyOf(signatories);
    }
}
