package se.samverka.consent;

import org.springframework.validation.Errors;
import se.samverka.platform.FormValues;
import se.samverka.rules.IdentityNumber;

import java.time.LocalDate;
import java.util.Optional;

/** The person form as typed, and what it becomes once valid; errors go to the fields. */
final class PersonForms {

    private PersonForms() {
    }

    /**
     * @param jointCustody "true" or "false", for a child
     * @param version      the person's version the edit was made from
     */
    record PersonForm(String kind, String name, String identityNumber, String reserveNumber, String protectedIdentity,
                      String jointCustody, String custodian1, String custodian2, String version) {

        static PersonForm empty() {
            return new PersonForm("", "", "", "", "false", "", "", "", "0");
        }

        static PersonForm of(PersonRegister.PersonView person) {
            return new PersonForm(person.kind().name(), person.name(), "", "", String.valueOf(person.protectedIdentity()),
                    person.jointCustody() == null ? "" : person.jointCustody().toString(), blank(person.custodian1()),
                    blank(person.custodian2()), String.valueOf(person.version()));
        }

        private static String blank(String value) {
            return value == null ? "" : value;
        }
    }

    /** A new person: their details and either an identity number or a reserve number. */
    record NewPerson(PersonDetails details, IdentityNumber number, String reserveNumber) {
    }

    static Optional<NewPerson> newPerson(PersonForm form, LocalDate today, Errors errors) {
        Optional<PersonDetails> details = details(form, errors);
        IdentityNumber number = null;
        String reserve = FormValues.blank(form.reserveNumber()) ? null : form.reserveNumber().strip();
        if (FormValues.blank(form.identityNumber())) {
            if (reserve == null) {
                errors.rejectValue("identityNumber", "consent.person.form.identity-missing");
            } else if (reserve.length() > SealedIdentity.MAX_RESERVE_NUMBER) {
                errors.rejectValue("reserveNumber", "consent.person.form.reserve-too-long",
                        new Object[]{SealedIdentity.MAX_RESERVE_NUMBER}, null);
            }
        } else if (reserve != null) {
            errors.rejectValue("reserveNumber", "consent.person.form.identity-and-reserve");
        } else {
            IdentityNumber.Check check = IdentityNumber.check(form.identityNumber(), today);
            if (check.valid()) {
                number = check.number();
            } else {
                errors.rejectValue("identityNumber", check.problem().messageKey());
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new NewPerson(details.orElseThrow(), number, number == null ? reserve : null));
    }

    static Optional<PersonDetails> details(PersonForm form, Errors errors) {
        Optional<PersonKind> kind = FormValues.choice(PersonKind.class, form.kind());
        if (kind.isEmpty()) {
            errors.rejectValue("kind", "consent.person.form.choose-kind");
        }
        String name = text(form.name(), "name", true, errors);
        boolean child = kind.orElse(null) == PersonKind.CHILD;
        Boolean joint = null;
        String first = text(form.custodian1(), "custodian1", false, errors);
        String second = text(form.custodian2(), "custodian2", false, errors);
        if (child) {
            joint = "true".equals(form.jointCustody()) ? Boolean.TRUE
                    : "false".equals(form.jointCustody()) ? Boolean.FALSE : null;
            if (joint == null) {
                errors.rejectValue("jointCustody", "consent.person.form.custody-missing");
            }
            if (first == null && !errors.hasFieldErrors("custodian1")) {
                errors.rejectValue("custodian1", "consent.person.form.custodian-missing");
            }
            if (Boolean.TRUE.equals(joint) && second == null && !errors.hasFieldErrors("custodian2")) {
                errors.rejectValue("custodian2", "consent.person.form.second-custodian-missing");
            }
            if (Boolean.FALSE.equals(joint) && second != null) {
                errors.rejectValue("custodian2", "consent.person.form.second-custodian-single");
            }
        } else if (kind.isPresent() && (first != null || second != null)) {
            errors.rejectValue(first != null ? "custodian1" : "custodian2", "consent.person.form.custodians-child-only");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new PersonDetails(kind.orElseThrow(), name, FormValues.checked(form.protectedIdentity()),
                joint, child ? first : null, child ? second : null));
    }

    private static String text(String value, String field, boolean required, Errors errors) {
        if (FormValues.blank(value)) {
            if (required) {
                errors.rejectValue(field, "consent.person.form.name-missing");
            }
            return null;
        }
        String text = value.strip();
        if (text.length() > PersonDetails.MAX_NAME) {
            errors.rejectValue(field, "form.too-long", new Object[]{PersonDetails.MAX_NAME}, null);
            return null;
        }
        return text;
    }
}
