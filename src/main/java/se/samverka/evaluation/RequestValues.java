package se.samverka.evaluation;

import se.samverka.platform.FormValues;
import se.samverka.platform.InvalidRequestException.FieldProblem;
import se.samverka.platform.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reads the fields of a rules API request, collecting a Swedish problem for each one it cannot accept. */
final class RequestValues {

    static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    private final Texts texts;
    private final List<FieldProblem> problems;

    RequestValues(Texts texts, List<FieldProblem> problems) {
        this.texts = texts;
        this.problems = problems;
    }

    /** Null when the field is missing (a problem only if required) or not a date. */
    LocalDate date(String field, String value, boolean required) {
        if (FormValues.blank(value)) {
            if (required) {
                problems.add(new FieldProblem(field, texts.message("api.missing-date")));
            }
            return null;
        }
        LocalDate date = FormValues.date(value).orElse(null);
        if (date == null) {
            problems.add(new FieldProblem(field, texts.message("api.invalid-date", value)));
        } else if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            problems.add(new FieldProblem(field, texts.message("api.date-out-of-range", FIRST_DATE, LAST_DATE)));
            return null;
        }
        return date;
    }

    /**
     * The default when the field is missing; null when it is not a whole number in range. Months arrive as any
     * JSON number, since an integer field would silently truncate 6.5 and call 99999999999 malformed JSON.
     */
    Integer months(String field, BigDecimal value, int defaultMonths, int maxMonths) {
        if (value == null) {
            return defaultMonths;
        }
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(maxMonths)) > 0
                || value.stripTrailingZeros().scale() > 0) {
            problems.add(new FieldProblem(field, texts.message("api.months-out-of-range", value.toString(), maxMonths)));
            return null;
        }
        return value.intValueExact();
    }
}
