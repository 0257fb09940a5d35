package se.samverka.consent;

/**
 * A person's identity as stored: an identity number sealed by the vault with its search hash, or a reserve number
 * (reservnummer) as text when the person has no Swedish number.
 */
record SealedIdentity(byte[] cipher, byte[] hash, String reserveNumber) {

    static final int MAX_RESERVE_NUMBER = 40;

    SealedIdentity {
        if ((cipher == null) != (hash == null) || (cipher == null) == (reserveNumber == null)) {
            throw new IllegalArgumentException("an identity number with its hash, or a reserve number");
        }
        if (reserveNumber != null && (reserveNumber.isBlank() || reserveNumber.length() > MAX_RESERVE_NUMBER)) {
            throw new IllegalArgumentException("a reserve number has 1 to " + MAX_RESERVE_NUMBER + " characters");
        }
    }
}
