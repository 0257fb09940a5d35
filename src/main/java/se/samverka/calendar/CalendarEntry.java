package se.samverka.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One dated thing in a user's calendar: all day (a deadline, a check due) or from a start to an end time, in
 * Swedish local time.
 *
 * @param uid      stable across feeds, so a calendar updates the entry instead of adding another
 * @param centreId the centre it belongs to, or null for one of a user's own (the county's)
 * @param date     its day; for a timed entry the day it starts
 * @param startsAt the local start, or null for an all-day entry
 * @param endsAt   the local end, after the start, or null for an all-day entry
 * @param location where it takes place, or null
 * @param path     where in Samverka the entry is about, e.g. {@code /agreements/12}, or null
 * @param overdue  it should have been done by its date, which has passed
 */
public record CalendarEntry(String uid, Kind kind, Long centreId, LocalDate date, LocalDateTime startsAt, LocalDateTime endsAt,
                            String summary, String description, String location, String path, boolean overdue) {

    /** What an entry is, which decides how a feed writes it. */
    public enum Kind {
        /** A meeting with its times: a timed event. */
        MEETING,
        /** The last day for something: an all-day event with a reminder. */
        DEADLINE,
        /** When a fire-safety check is due at the latest: an all-day event with a reminder. */
        CHECK_DUE,
        /** A centre's public activity; it has its own public feed, so the personal feed leaves it out. */
        ACTIVITY
    }

    public CalendarEntry {
        Objects.requireNonNull(uid);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(date);
        Objects.requireNonNull(summary);
        if ((startsAt == null) != (endsAt == null)
                || startsAt != null && (!startsAt.toLocalDate().equals(date) || !endsAt.isAfter(startsAt))) {
            throw new IllegalArgumentException("a timed entry starts on its day and ends after it starts");
        }
    }

    /** An all-day entry. */
    public static CalendarEntry allDay(String uid, Kind kind, Long centreId, LocalDate date, String summary,
                                       String description, String path, boolean overdue) {
        return new CalendarEntry(uid, kind, centreId, date, null, null, summary, description, null, path, overdue);
    }

    /** An entry from {@code startsAt} to {@code endsAt}. */
    public static CalendarEntry timed(String uid, Kind kind, Long centreId, LocalDateTime startsAt,
                                      LocalDateTime endsAt, String summary, String description, String location,
                                      String path) {
        return new CalendarEntry(uid, kind, centreId, startsAt.toLocalDate(), startsAt, endsAt, summary, description,
                location, path, false);
    }

    public boolean timed() {
        return startsAt != null;
    }

    /** Whether a reminder belongs to it: a deadline or a check that is not yet late. */
    public boolean reminds() {
        return (kind == Kind.DEADLINE || kind == Kind.CHECK_DUE) && !overdue;
    }
}
