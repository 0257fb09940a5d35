package se.samverka.agreement;

/**
 * A party signed a sent version, published in the transaction of the signature.
 *
 * @param sentBy        the username of who sent the version for signature
 * @param party         the party's name (an organisation)
 * @param signatoryName the name of who signed for it
 * @param complete      whether that was the last signature
 */
public record AgreementSigned(long agreementId, long centreId, AgreementKind kind, int number, String sentBy,
                              String party, String signatoryName, boolean complete) {
}
