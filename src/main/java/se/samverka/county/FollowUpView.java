package se.samverka.county;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** The follow-up report's figures as the page and the PDF show them: tables per chapter, numbers in Swedish. */
record FollowUpView(FollowUpFigures figures) {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    public List<FollowUpFigures.Table> tables(FollowUpChapter chapter) {
        return figures.of(chapter);
    }

    /** "1 234", "12,5"; null (a count not shown) stays null for the template to say so. */
    public String number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
