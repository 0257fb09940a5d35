package se.samverka.county;

import org.springframework.validation.Errors;
import se.samverka.platform.FormValues;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A party's decision about the regional agreement as typed by the county administrator. */
record DecisionForm(String outcome, String body, String bodyKind, String decidedOn, String paragraph,
                    String diaryNumber, String decision, String signatory) {

    /** What a party decides; the joint bodies' decisions are recorded by migrations from the seed documents. */
    static final List<DecisionOutcome> OUTCOMES = List.of(DecisionOutcome.PROPOSAL, DecisionOutcome.ADOPTED,
            DecisionOutcome.DECLINED, DecisionOutcome.TERMINATION);
    static final List<BodyKind> BODY_KINDS = List.of(BodyKind.COUNCIL, BodyKind.EXECUTIVE_BOARD, BodyKind.COMMITTEE);
    /** The cover letter that sent the draft agreement out for consultation is dated 2022-06-17. */
    static final LocalDate EARLIEST = LocalDate.of(2022, 6, 17);

    static DecisionForm empty() {
        return new DecisionForm("", "", "", "", "", "", "", "");
    }

    /** The decision, or empty with each problem on {@code errors}. */
    Optional<RegionalDecisions.NewDecision> validate(long principalId, LocalDate today, Errors errors) {
        Optional<DecisionOutcome> chosenOutcome = FormValues.choice(DecisionOutcome.class, outcome)
                .filter(OUTCOMES::contains);
        if (chosenOutcome.isEmpty()) {
            errors.rejectValue("outcome", "county.decision.outcome.required");
        }
        Optional<BodyKind> chosenKind = FormValues.choice(BodyKind.class, bodyKind).filter(BODY_KINDS::contains);
        if (chosenKind.isEmpty()) {
            errors.rejectValue("bodyKind", "county.decision.body-kind.required");
        }
        text(body, "body", 200, true, errors);
        text(paragraph, "paragraph", 40, false, errors);
        text(diaryNumber, "diaryNumber", 60, false, errors);
        text(decision, "decision", 2000, true, errors);
        text(signatory, "signatory", 200, false, errors);
        Optional<LocalDate> day = FormValues.date(decidedOn);
        if (day.isEmpty()) {
            errors.rejectValue("decidedOn", FormValues.blank(decidedOn) ? "county.decision.date.required"
                    : "county.decision.date.format");
        } else if (day.get().isAfter(today)) {
            errors.rejectValue("decidedOn", "county.decision.date.future");
        } else if (day.get().isBefore(EARLIEST)) {
            errors.rejectValue("decidedOn", "county.decision.date.early", new Object[]{EARLIEST.toString()}, null);
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new RegionalDecisions.NewDecision(principalId, body.strip(), chosenKind.orElseThrow(),
                day.orElseThrow(), optional(paragraph), optional(diaryNumber), chosenOutcome.orElseThrow(),
                decision.strip(), optional(signatory)));
    }

    private static void text(String value, String field, int max, boolean required, Errors errors) {
        if (required && FormValues.blank(value)) {
            errors.rejectValue(field, "county.decision." + field + ".required");
        } else if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "form.too-long", new Object[]{max}, null);
        }
    }

    private static String optional(String value) {
        return FormValues.blank(value) ? null : value.strip();
    }
}
