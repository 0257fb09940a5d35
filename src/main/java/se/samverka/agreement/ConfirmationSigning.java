package se.samverka.agreement;

import org.springframework.stereotype.Component;
import se.samverka.platform.Refusal;

/** Signing by confirming while signed in as oneself; the named-signatory check is the agreement's own. */
@Component
class ConfirmationSigning implements SigningStep {

    @Override
    public void verify(String documentSha256, String signatory, Confirmation confirmation) {
        if (!confirmation.confirmed()) {
            throw new Refusal("agreement.refused.not-confirmed");
        }
        if (confirmation.place() == null || confirmation.place().isBlank()) {
            throw new Refusal("agreement.refused.place-required");
        }
        if (confirmation.title() == null || confirmation.title().isBlank()) {
            throw new Refusal("agreement.refused.title-required");
        }
    }
}
