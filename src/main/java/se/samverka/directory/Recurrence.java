package se.samverka.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * How an activity repeats from its first day until its last: not at all, every week on the same weekday, or every
 * month on the same weekday of the month (the second Tuesday …; a fifth weekday counts as the month's last, which
 * every month has).
 */
enum Recurrence {
    NONE,
    WEEKLY,
    MONTHLY;

    /** The days in {@code from}–{@code to} (both included) on which an activity starting {@code first} takes place. */
    List<LocalDate> days(LocalDate first, LocalDate until, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate last = this == NONE || until == null ? first : until;
        LocalDate end = last.isBefore(to) ? last : to;
        switch (this) {
            case NONE -> {
                if (!first.isBefore(from) && !first.isAfter(to)) {
                    days.add(first);
                }
            }
            case WEEKLY -> {
                LocalDate day = first;
                if (day.isBefore(from)) {
                    long weeks = (from.toEpochDay() - first.toEpochDay() + 6) / 7;
                    day = first.plusWeeks(weeks);
                }
                for (; !day.isAfter(end); day = day.plusWeeks(1)) {
                    days.add(day);
                }
            }
            case MONTHLY -> {
                YearMonth month = YearMonth.from(first.isBefore(from) ? from : first);
                for (; !month.atDay(1).isAfter(end); month = month.plusMonths(1)) {
                    LocalDate day = monthDay(first, month);
                    if (!day.isBefore(first) && !day.isBefore(from) && !day.isAfter(end)) {
                        days.add(day);
                    }
                }
            }
        }
        return days;
    }

    /** The n-th weekday of the month that {@code first} is, 1–4, or -1 for the last (a fifth one). */
    static int ordinal(LocalDate first) {
        int n = (first.getDayOfMonth() - 1) / 7 + 1;
        return n == 5 ? -1 : n;
    }

    private static LocalDate monthDay(LocalDate first, YearMonth month) {
        DayOfWeek weekday = first.getDayOfWeek();
        int n = ordinal(first);
        return month.atDay(1).with(n == -1 ? TemporalAdjusters.lastInMonth(weekday)
                : TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }
}
