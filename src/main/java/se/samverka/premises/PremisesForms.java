package se.samverka.premises;

import org.springframework.validation.Errors;
import se.samverka.platform.FormValues;
import se.samverka.rules.SharedArea;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The premises page's forms as typed, and what they become once valid; errors go to the fields. */
final class PremisesForms {

    static final int MAX_LINE = 300;
    static final int MAX_TEXT = 2000;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private PremisesForms() {
    }

    record AreaForm(String kind, String description, String squareMetres) {
    }

    record FireSafetyForm(String representative, String appointedOn, String assemblyPoint, String evacuationPlan,
                          String roundIntervalMonths, String alarmCheckIntervalMonths, String drillIntervalMonths,
                          String version) {

        static FireSafetyForm of(Premises premises) {
            FireSafetyTerms t = premises.fireSafety();
            return new FireSafetyForm(t.representative() == null ? "" : t.representative(),
                    t.appointedOn() == null ? "" : t.appointedOn().toString(),
                    t.assemblyPoint() == null ? "" : t.assemblyPoint(), String.valueOf(t.evacuationPlan()),
                    String.valueOf(t.roundIntervalMonths()), String.valueOf(t.alarmCheckIntervalMonths()),
                    String.valueOf(t.drillIntervalMonths()), String.valueOf(premises.version()));
        }
    }

    record CheckForm(String kind, String performedOn, String outcome, String deviations) {

        static CheckForm empty() {
            return new CheckForm("", "", "", "false");
        }
    }

    static Optional<Area> area(AreaForm form, Errors errors) {
        Optional<SharedArea> kind = FormValues.choice(SharedArea.class, form.kind());
        if (kind.isEmpty()) {
            errors.rejectValue("kind", "premises.form.choose-kind");
        }
        String description = line(form.description(), "description", kind.orElse(null) == SharedArea.OTHER, errors);
        BigDecimal metres = null;
        if (!FormValues.blank(form.squareMetres())) {
            try {
                metres = new BigDecimal(form.squareMetres().strip().replace(',', '.').replace(" ", ""));
                if (metres.signum() <= 0 || metres.scale() > 1 || metres.compareTo(new BigDecimal("99999")) > 0) {
                    errors.rejectValue("squareMetres", "premises.form.square-metres");
                    metres = null;
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("squareMetres", "premises.form.square-metres");
            }
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(new Area(kind.orElseThrow(), description, metres));
    }

    static Optional<FireSafetyTerms> terms(FireSafetyForm form, LocalDate today, Errors errors) {
        String representative = line(form.representative(), "representative", false, errors);
        LocalDate appointedOn = date(form.appointedOn(), "appointedOn", today, false, errors);
        if (appointedOn != null && representative == null) {
            errors.rejectValue("representative", "premises.form.representative-for-date");
        }
        String assemblyPoint = line(form.assemblyPoint(), "assemblyPoint", false, errors);
        Integer rounds = months(form.roundIntervalMonths(), "roundIntervalMonths", errors);
        Integer alarms = months(form.alarmCheckIntervalMonths(), "alarmCheckIntervalMonths", errors);
        Integer drills = months(form.drillIntervalMonths(), "drillIntervalMonths", errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new FireSafetyTerms(representative, appointedOn, assemblyPoint,
                FormValues.checked(form.evacuationPlan()), rounds, alarms, drills));
    }

    record CheckInput(FireSafetyKind kind, LocalDate performedOn, String outcome, boolean deviations) {
    }

    static Optional<CheckInput> check(CheckForm form, LocalDate today, Errors errors) {
        Optional<FireSafetyKind> kind = FormValues.choice(FireSafetyKind.class, form.kind());
        if (kind.isEmpty()) {
            errors.rejectValue("kind", "premises.form.choose-check");
        }
        LocalDate performedOn = date(form.performedOn(), "performedOn", today, true, errors);
        String outcome = null;
        if (FormValues.blank(form.outcome())) {
            errors.rejectValue("outcome", "premises.form.required");
        } else if (form.outcome().strip().length() > MAX_TEXT) {
            errors.rejectValue("outcome", "form.too-long", new Object[]{MAX_TEXT}, null);
        } else {
            outcome = form.outcome().strip();
        }
        return errors.hasErrors() ? Optional.empty()
                : Optional.of(new CheckInput(kind.orElseThrow(), performedOn, outcome,
                FormValues.checked(form.deviations())));
    }

    private static String line(String value, String field, boolean required, Errors errors) {
        if (FormValues.blank(value)) {
            if (required) {
                errors.rejectValue(field, "premises.form.required");
            }
            return null;
        }
        if (value.strip().length() > MAX_LINE) {
            errors.rejectValue(field, "form.too-long", new Object[]{MAX_LINE}, null);
            return null;
        }
        return value.strip();
    }

    private static LocalDate date(String value, String field, LocalDate today, boolean required, Errors errors) {
        if (FormValues.blank(value)) {
            if (required) {
                errors.rejectValue(field, "premises.form.required");
            }
            return null;
        }
        Optional<LocalDate> date = FormValues.date(value);
        if (date.isEmpty() || date.get().isBefore(EARLIEST)) {
            errors.rejectValue(field, "premises.form.date");
            return null;
        }
        if (date.get().isAfter(today)) {
            errors.rejectValue(field, "premises.form.not-future");
            return null;
        }
        return date.get();
    }

    private static Integer months(String value, String field, Errors errors) {
        Optional<Integer> months = FormValues.integer(value);
        if (months.isEmpty() || months.get() < 1 || months.get() > 24) {
            errors.rejectValue(field, "premises.form.interval");
            return null;
        }
        return months.get();
    }
}
