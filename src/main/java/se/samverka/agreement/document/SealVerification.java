package se.samverka.agreement.document;

import java.time.Instant;

/**
 * {@code intact} means the signature's cryptography and the signed bytes are unchanged; it says nothing about
 * whether the signer is trusted. {@code signedBy} and {@code signingTime} are null when there is no signature.
 */
public record SealVerification(boolean intact, String signedBy, Instant signingTime, String indication) {
}
