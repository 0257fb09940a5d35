package se.samverka.premises;

import java.time.LocalDate;
import java.util.List;

/**
 * When a kind of fire-safety check is next due: its interval after the last one logged, or today when none
 * has been logged yet.
 */
record Due(FireSafetyKind kind, LocalDate last, LocalDate next, boolean overdue) {

    static List<Due> of(FireSafetyTerms terms, List<FireSafetyCheck> log, LocalDate today) {
        return java.util.Arrays.stream(FireSafetyKind.values()).map(kind -> of(kind, terms.intervalMonths(kind),
                log.stream().filter(c -> c.kind() == kind).map(FireSafetyCheck::performedOn)
                        .max(LocalDate::compareTo).orElse(null), today)).toList();
    }

    /** @param last the day the last check of the kind was logged for, or null if none has been */
    static Due of(FireSafetyKind kind, int intervalMonths, LocalDate last, LocalDate today) {
        LocalDate next = last == null ? today : last.plusMonths(intervalMonths);
        return new Due(kind, last, next, next.isBefore(today));
    }
}
