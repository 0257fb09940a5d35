package se.samverka.report;

import org.springframework.validation.Errors;
import se.samverka.platform.FormValues;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The report pages' forms as typed, and what they become once valid; errors go to the fields. */
final class ReportForms {

    static final int MAX_SECTION = 20_000;
    static final int MAX_CORRECTION = 4_000;

    private ReportForms() {
    }

    record CompileForm(String year) {
    }

    /** One text per section, by {@link ReportSection#field()}; a section left out of the request stays as it is. */
    record ReportForm(String about, String governance, String goals, String activities, String evaluation,
                      String nextYear, String version) {

        static ReportForm of(ActivityReport report) {
            return new ReportForm(report.text(ReportSection.ABOUT), report.text(ReportSection.GOVERNANCE),
                    report.text(ReportSection.GOALS), report.text(ReportSection.ACTIVITIES),
                    report.text(ReportSection.EVALUATION), report.text(ReportSection.NEXT_YEAR),
                    String.valueOf(report.version()));
        }

        String text(ReportSection section) {
            return switch (section) {
                case ABOUT -> about;
                case GOVERNANCE -> governance;
                case GOALS -> goals;
                case ACTIVITIES -> activities;
                case EVALUATION -> evaluation;
                case NEXT_YEAR -> nextYear;
            };
        }
    }

    record RefreshForm(String confirm, String version) {

        static RefreshForm empty(ActivityReport report) {
            return new RefreshForm(null, String.valueOf(report.version()));
        }
    }

    record CorrectionForm(String section, String text) {

        static CorrectionForm empty() {
            return new CorrectionForm("", "");
        }
    }

    record CorrectionInput(ReportSection section, String text) {
    }

    /** The texts sent, each at most {@link #MAX_SECTION} characters, with the browser's line breaks made plain. */
    static Optional<Map<ReportSection, String>> texts(ReportForm form, Errors errors) {
        Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
        for (ReportSection section : ReportSection.values()) {
            String text = form.text(section);
            if (text == null) {
                continue;
            }
            text = FormValues.text(text);
            if (text.length() > MAX_SECTION) {
                errors.rejectValue(section.field(), "report.form.too-long",
                        new Object[]{MAX_SECTION, text.length()}, null);
            } else {
                texts.put(section, text);
            }
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(texts);
    }

    static boolean confirmed(RefreshForm form, Errors errors) {
        if (!FormValues.checked(form.confirm())) {
            errors.rejectValue("confirm", "report.form.confirm");
            return false;
        }
        return true;
    }

    static Optional<CorrectionInput> correction(CorrectionForm form, Errors errors) {
        Optional<ReportSection> section = FormValues.choice(ReportSection.class, form.section());
        if (section.isEmpty()) {
            errors.rejectValue("section", "report.form.choose-section");
        }
        String text = FormValues.text(form.text());
        if (text.isBlank()) {
            errors.rejectValue("text", "report.form.correction");
        } else if (text.length() > MAX_CORRECTION) {
            errors.rejectValue("text", "form.too-long", new Object[]{MAX_CORRECTION}, null);
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(new CorrectionInput(section.orElseThrow(), text));
    }
}
