package se.samverka.rules;

import java.time.LocalDate;

/**
 * R15d: notice of termination or renegotiation of a local cooperation agreement is given in writing, six
 * months ahead unless the agreement says otherwise. The last day for notice is the latest day from which
 * the notice period still ends on or before the agreement's last day; an agreement given notice ends when the
 * notice period has run, or at the end of its term if that comes first.
 */
public final class R15d implements Rule {

    public static final R15d RULE = new R15d();

    public static final int DEFAULT_NOTICE_MONTHS = 6;
    public static final int MAX_NOTICE_MONTHS = 120;

    private R15d() {
    }

    @Override
    public String id() {
        return "R15d";
    }

    @Override
    public String section() {
        return "Bilaga 1 avsnitt 2";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Uppsägning av avtalet för upphörande eller omförhandling ska meddelas övriga parter skriftligen med "
                + "sex månaders varsel.";
    }

    /** The day an agreement given notice on {@code noticedOn} ends: the notice period's last day, or its term's end. */
    public LocalDate endsAfterNotice(LocalDate noticedOn, int noticeMonths, LocalDate end) {
        if (noticedOn == null || noticeMonths < 1 || noticeMonths > MAX_NOTICE_MONTHS) {
            throw new IllegalArgumentException("Notice needs a date and 1–120 months");
        }
        LocalDate afterNotice = noticedOn.plusMonths(noticeMonths);
        return end != null && end.isBefore(afterNotice) ? end : afterNotice;
    }

    public LocalDate lastNoticeDay(LocalDate end, int noticeMonths) {
        if (end == null || noticeMonths < 1 || noticeMonths > MAX_NOTICE_MONTHS) {
            throw new IllegalArgumentException("Notice needs an end date and 1–120 months");
        }
        LocalDate day = end.minusMonths(noticeMonths);
        while (!day.plusDays(1).plusMonths(noticeMonths).isAfter(end)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
