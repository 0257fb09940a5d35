package se.samverka.agreement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A date an agreement sets: its end, the last day for written notice, or when a terminated usage right ends. */
record Deadline(long agreementId, AgreementKind kind, What what, LocalDate date, String ruleId, LocalDate today) {

    enum What {
        END,
        NOTICE,
        USAGE_RIGHT_ENDS
    }

    public boolean passed() {
        return date.isBefore(today);
    }

    /** Within six months: worth a line on the to-do list. */
    public boolean near() {
        return !passed() && ChronoUnit.MONTHS.between(today, date) < 6;
    }
}
