package se.samverka.organisation;

import org.springframework.validation.Errors;

import java.util.Optional;

final class HsaIdField {

    private HsaIdField() {
    }

    /** An optional HSA-id: empty when blank, an error on the field when malformed. */
    static Optional<HsaId> check(String text, Errors errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<HsaId> hsaId = HsaId.parse(text);
        if (hsaId.isEmpty()) {
            errors.rejectValue("hsaId", "unit.hsa-id.format");
        }
        return hsaId;
    }
}
