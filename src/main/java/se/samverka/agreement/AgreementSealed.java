package se.samverka.agreement;

/**
 * Every party has signed and the original is sealed, published in the transaction of the last signature.
 *
 * @param sentBy the username of who sent the version for signature
 */
public record AgreementSealed(long agreementId, long centreId, AgreementKind kind, int number, String sentBy) {
}
