package se.samverka.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One all-day date in a centre's calendar.
 *
 * @param uid  stable across feeds, so a calendar updates the entry instead of adding another
 * @param path where in Samverka the entry is about, e.g. {@code /agreements/12}
 */
public record CalendarEntry(String uid, LocalDate date, String summary, String description, String path) {

    public CalendarEntry {
        Objects.requireNonNull(uid);
        Objects.requireNonNull(date);
        Objects.requireNonNull(summary);
    }
}
