package se.samverka.directory;

import org.springframework.validation.Errors;
import se.samverka.platform.FormValues;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The activity form as typed, and what it becomes once valid; errors go to the fields, worded in Swedish. */
final class ActivityForms {

    static final int MAX_TITLE = 120;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_PLACE = 300;
    static final int MAX_SIGN_UP = 500;

    private ActivityForms() {
    }

    /**
     * @param planYear the plan year and key of the plan's activity it is published from, blank otherwise
     * @param version  the stored version it was edited from, blank for a new activity
     */
    record ActivityForm(String kind, String title, String description, String date, String startTime,
                        String endTime, String recurrence, String repeatUntil, String place, String audience,
                        List<String> languages, String signUp, String signUpHow, String planYear, String planKey,
                        String version) {

        static ActivityForm empty(String place) {
            return new ActivityForm("", "", "", "", "", "", Recurrence.NONE.name(), "", place, "", List.of("sv"),
                    "false", "", "", "", "");
        }

        static ActivityForm of(PublicActivity a) {
            return new ActivityForm(a.kind().name(), a.title(), a.description(), a.startsOn().toString(),
                    a.startTime().toString(), a.endTime().toString(), a.recurrence().name(),
                    a.repeatUntil() == null ? "" : a.repeatUntil().toString(), a.place(), a.audience().name(),
                    a.languages(), String.valueOf(a.signUp()), a.signUpHow() == null ? "" : a.signUpHow(),
                    a.planYear() == null ? "" : a.planYear().toString(),
                    a.planActivityKey() == null ? "" : a.planActivityKey().toString(), String.valueOf(a.version()));
        }

        /** Whether a language is among the form's, for its checkbox. */
        public boolean speaks(String code) {
            return languages != null && languages.contains(code);
        }
    }

    /** A valid activity as the coordinator described it. */
    record ActivityInput(ActivityKind kind, String title, String description, LocalDate startsOn, LocalTime startTime,
                         LocalTime endTime, Recurrence recurrence, LocalDate repeatUntil, String place,
                         Audience audience, List<String> languages, boolean signUp, String signUpHow,
                         Integer planYear, Integer planKey) {
    }

    /**
     * The activity, or empty with the errors on the form's fields.
     *
     * @param earliest the first day it may start on: today for a new one, or its stored first day if earlier
     * @param place    the centre's address, when no place is given
     */
    static Optional<ActivityInput> input(ActivityForm form, LocalDate earliest, String place, Errors errors) {
        Optional<ActivityKind> kind = FormValues.choice(ActivityKind.class, form.kind());
        if (kind.isEmpty()) {
            errors.rejectValue("kind", "directory.activity.form.choose-kind");
        }
        String title = text(form.title(), "title", MAX_TITLE, true, errors);
        String description = text(form.description(), "description", MAX_DESCRIPTION, false, errors);
        LocalDate startsOn = null;
        Optional<LocalDate> date = FormValues.date(form.date());
        if (FormValues.blank(form.date())) {
            errors.rejectValue("date", "directory.activity.form.date-required");
        } else if (date.isEmpty()) {
            errors.rejectValue("date", "directory.activity.form.date-invalid");
        } else if (date.get().isBefore(earliest)) {
            errors.rejectValue("date", "directory.activity.form.date-past");
        } else if (date.get().isAfter(earliest.plusYears(2))) {
            errors.rejectValue("date", "directory.activity.form.date-far");
        } else {
            startsOn = date.get();
        }
        LocalTime start = time(form.startTime(), "startTime", errors);
        LocalTime end = time(form.endTime(), "endTime", errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.rejectValue("endTime", "directory.activity.form.end-after-start");
        }
        Optional<Recurrence> recurrence = FormValues.choice(Recurrence.class, form.recurrence());
        LocalDate repeatUntil = null;
        if (recurrence.isEmpty()) {
            errors.rejectValue("recurrence", "directory.activity.form.choose-recurrence");
        } else if (recurrence.get() != Recurrence.NONE) {
            Optional<LocalDate> until = FormValues.date(form.repeatUntil());
            if (until.isEmpty()) {
                errors.rejectValue("repeatUntil", "directory.activity.form.until-required");
            } else if (startsOn != null && !until.get().isAfter(startsOn)) {
                errors.rejectValue("repeatUntil", "directory.activity.form.until-after-start");
            } else if (startsOn != null && until.get().isAfter(startsOn.plusYears(1))) {
                errors.rejectValue("repeatUntil", "directory.activity.form.until-within-year");
            } else {
                repeatUntil = until.get();
            }
        }
        String where = text(form.place(), "place", MAX_PLACE, false, errors);
        Optional<Audience> audience = FormValues.choice(Audience.class, form.audience());
        if (audience.isEmpty()) {
            errors.rejectValue("audience", "directory.activity.form.choose-audience");
        }
        List<String> languages = languages(form.languages(), errors);
        boolean signUp = FormValues.checked(form.signUp());
        String how = text(form.signUpHow(), "signUpHow", MAX_SIGN_UP, signUp, errors);
        Integer planYear = FormValues.integer(form.planYear()).orElse(null);
        Integer planKey = FormValues.integer(form.planKey()).orElse(null);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new ActivityInput(kind.orElseThrow(), title, description == null ? "" : description,
                startsOn, start, end, recurrence.orElseThrow(), repeatUntil, where == null ? place : where,
                audience.orElseThrow(), languages, signUp, signUp ? how : null,
                planKey == null ? null : planYear, planYear == null ? null : planKey));
    }

    private static String text(String value, String field, int max, boolean required, Errors errors) {
        if (FormValues.blank(value)) {
            if (required) {
                errors.rejectValue(field, "directory.activity.form.required");
            }
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.rejectValue(field, "form.too-long", new Object[]{max}, null);
            return null;
        }
        return text;
    }

    private static LocalTime time(String value, String field, Errors errors) {
        if (value == null || !value.strip().matches("([01][0-9]|2[0-3])[:.][0-5][0-9]")) {
            errors.rejectValue(field, "directory.activity.form.time");
            return null;
        }
        try {
            return LocalTime.parse(value.strip().replace('.', ':'));
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "directory.activity.form.time");
            return null;
        }
    }

    private static List<String> languages(List<String> codes, Errors errors) {
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        if (codes != null) {
            for (String code : codes) {
                String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
                if (!LanguageNames.OFFERED.contains(c)) {
                    errors.rejectValue("languages", "directory.activity.form.unknown-language");
                    return List.of();
                }
                chosen.add(c);
            }
        }
        if (chosen.isEmpty()) {
            errors.rejectValue("languages", "directory.activity.form.choose-language");
        }
        return new ArrayList<>(chosen);
    }
}
