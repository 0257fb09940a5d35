package se.samverka.county;

import org.springframework.validation.Errors;
import se.samverka.platform.FormValues;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The follow-up report's forms as typed, and what they become once valid; errors go to the fields. */
final class CountyReportForms {

    static final int MAX_CORRECTION = 4_000;

    private CountyReportForms() {
    }

    record CompileForm(String year) {
    }

    /** One text per chapter, by {@link #field}; a chapter left out of the request stays as it is. */
    record TextsForm(String summary, String kinds, String agreements, String coordination, String meetings,
                     String midwife, String plans, String reports, String premises, String consents, String version) {

        static TextsForm of(CountyReport report) {
            return new TextsForm(report.text(FollowUpChapter.SUMMARY), report.text(FollowUpChapter.KINDS),
                    report.text(FollowUpChapter.AGREEMENTS), report.text(FollowUpChapter.COORDINATION),
                    report.text(FollowUpChapter.MEETINGS), report.text(FollowUpChapter.MIDWIFE),
                    report.text(FollowUpChapter.PLANS), report.text(FollowUpChapter.REPORTS),
                    report.text(FollowUpChapter.PREMISES), report.text(FollowUpChapter.CONSENTS),
                    String.valueOf(report.version()));
        }

        String text(FollowUpChapter chapter) {
            return switch (chapter) {
                case SUMMARY -> summary;
                case KINDS -> kinds;
                case AGREEMENTS -> agreements;
                case COORDINATION -> coordination;
                case MEETINGS -> meetings;
                case MIDWIFE -> midwife;
                case PLANS -> plans;
                case REPORTS -> reports;
                case PREMISES -> premises;
                case CONSENTS -> consents;
            };
        }
    }

    record CorrectionForm(String chapter, String text) {

        static CorrectionForm empty() {
            return new CorrectionForm("", "");
        }
    }

    record Correction(FollowUpChapter chapter, String text) {
    }

    /** A chapter's form field: its name in lower case. */
    static String field(FollowUpChapter chapter) {
        return chapter.name().toLowerCase(Locale.ROOT);
    }

    /** The texts sent, each at most {@link CountyReport#MAX_TEXT} characters, line breaks made plain. */
    static Optional<Map<FollowUpChapter, String>> texts(TextsForm form, Errors errors) {
        Map<FollowUpChapter, String> texts = new EnumMap<>(FollowUpChapter.class);
        for (FollowUpChapter chapter : FollowUpChapter.values()) {
            String text = form.text(chapter);
            if (text == null) {
                continue;
            }
            text = FormValues.text(text);
            if (text.length() > CountyReport.MAX_TEXT) {
                errors.rejectValue(field(chapter), "report.form.too-long",
                        new Object[]{CountyReport.MAX_TEXT, text.length()}, null);
            } else {
                texts.put(chapter, text);
            }
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(texts);
    }

    static Optional<Correction> correction(CorrectionForm form, Errors errors) {
        Optional<FollowUpChapter> chapter = FormValues.choice(FollowUpChapter.class, form.chapter());
        if (chapter.isEmpty()) {
            errors.rejectValue("chapter", "county.report.form.choose-chapter");
        }
        String text = FormValues.text(form.text());
        if (text.isBlank()) {
            errors.rejectValue("text", "report.form.correction");
        } else if (text.length() > MAX_CORRECTION) {
            errors.rejectValue("text", "form.too-long", new Object[]{MAX_CORRECTION}, null);
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(new Correction(chapter.orElseThrow(), text));
    }
}
