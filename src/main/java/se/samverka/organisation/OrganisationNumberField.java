package se.samverka.organisation;

import org.springframework.validation.Errors;

import java.util.Optional;

/** Checks an organisation number typed into a form, with a message that says what is wrong. */
final class OrganisationNumberField {

    private OrganisationNumberField() {
    }

    static Optional<OrganisationNumber> check(String text, String field, Errors errors, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.rejectValue(field, "organisation.number.required");
            }
            return Optional.empty();
        }
        Optional<OrganisationNumber.Problem> problem = OrganisationNumber.check(text);
        if (problem.isPresent()) {
            errors.rejectValue(field, switch (problem.get()) {
                case FORMAT -> "organisation.number.format";
                case NOT_LEGAL_PERSON -> "organisation.number.not-legal-person";
                case CHECK_DIGIT -> "organisation.number.check-digit";
            });
            return Optional.empty();
        }
        return OrganisationNumber.parse(text);
    }
}
