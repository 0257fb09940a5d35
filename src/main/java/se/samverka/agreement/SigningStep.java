package se.samverka.agreement;

/**
 * How a named signatory proves that they sign. This issue signs by the signatory being signed in as
 * themselves and confirming; a Swedish e-ID or a certificate-based signature replaces this bean later.
 */
interface SigningStep {

    /**
     * @param sha256 the SHA-256 of the document the signatory was shown, so nobody signs a version they
     *               did not see
     * @param place  the place written beside the signature ("Datum och ort")
     * @param title  the signatory's title on the signature block, as they confirm it
     */
    record Confirmation(String sha256, String place, String title, boolean confirmed) {
    }

    /** Refuses with a {@link se.samverka.platform.Refusal} when the confirmation does not prove the signature. */
    void verify(String documentSha256, String signatory, Confirmation confirmation);
}
