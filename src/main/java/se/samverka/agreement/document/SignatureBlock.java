package se.samverka.agreement.document;

import java.util.Objects;

/**
 * One party's signature: the party, the signatory's name and title (null while a draft names nobody) and how it is
 * or will be signed ("Undertecknat elektroniskt i Samverka …"). There are no lines to sign on paper.
 */
public record SignatureBlock(String party, String name, String title, String signature) {

    public SignatureBlock {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(signature, "signature");
    }
}
