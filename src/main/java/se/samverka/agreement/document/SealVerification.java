package se.samverka.agreement.document;

import java.time.Instant;

/**
 * {@code intact} means the signature's cryptography and the signed bytes are unchanged and that nothing but
 * validation data, form filling or further signatures was appended after them; it says nothing about whether the
 * signer is trusted. {@code indication} is DSS's (such as TOTAL_PASSED or INDETERMINATE/NO_CERTIFICATE_CHAIN_FOUND),
 * after "MODIFIED_AFTER_SEALING: " and what was changed when the document was changed after sealing.
 * {@code signedBy} and {@code signingTime} are null when there is no signature.
 */
public record SealVerification(boolean intact, String signedBy, Instant signingTime, String indication) {
}
