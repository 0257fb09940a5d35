package se.samverka.rules;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * RB2a: a usage-right agreement that is given notice ends at the turn of the month that comes first after
 * the notice period (six months in the template) from the written notice.
 */
public final class RB2a implements Rule {

    public static final RB2a RULE = new RB2a();

    public static final int DEFAULT_NOTICE_MONTHS = 6;
    public static final int MAX_NOTICE_MONTHS = 120;

    private RB2a() {
    }

    @Override
    public String id() {
        return "RB2a";
    }

    @Override
    public String section() {
        return "Bilaga 2 avsnitt 3";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Avtalet kan sägas upp för att upphöra att gälla vid det månadsskifte som inträffar närmast efter sex "
                + "månader från uppsägningen. Uppsägningen ska vara skriftlig.";
    }

    /** The last day of the usage right: notice 2026-03-10 with six months ends 2026-09-30. */
    public LocalDate endsOn(LocalDate noticeDate, int months) {
        if (noticeDate == null || months < 1 || months > MAX_NOTICE_MONTHS) {
            throw new IllegalArgumentException("Notice needs a date and 1–120 months");
        }
        return YearMonth.from(noticeDate.plusMonths(months)).atEndOfMonth();
    }
}
