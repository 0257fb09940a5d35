package se.samverka.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import se.samverka.platform.Texts;
import se.samverka.rules.IdentityNumber;

import java.time.LocalDate;

/**
 * @param normalised the twelve digits without separator
 * @param reason     why it is not valid, in Swedish
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IdentityNumberResponse(boolean valid, String kind, String normalised, LocalDate birthDate, String reason) {

    static IdentityNumberResponse of(IdentityNumber.Check check, Texts texts) {
        if (!check.valid()) {
            return new IdentityNumberResponse(false, null, null, null, texts.message(check.problem().messageKey()));
        }
        IdentityNumber number = check.number();
        return new IdentityNumberResponse(true, number.kind().name(), number.normalised(), number.birthDate(), null);
    }
}
