package se.samverka.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of the regional agreement.
 *
 * @param number         1 for the first period, 2 for the first extension …
 * @param noticeDeadline the last day to give written notice so that the agreement ends with this period
 */
public record AgreementPeriod(int number, LocalDate start, LocalDate end, LocalDate noticeDeadline) {

    public AgreementPeriod {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        Objects.requireNonNull(noticeDeadline);
        if (number < 1 || end.isBefore(start) || !noticeDeadline.isBefore(end)) {
            throw new IllegalArgumentException("Not a period: " + number + " " + start + "–" + end);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
