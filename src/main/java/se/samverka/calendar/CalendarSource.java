package se.samverka.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A module's dates for the calendar page and feed: deadlines, checks due, meetings, public activities. */
public interface CalendarSource {

    /**
     * The entries of all the given centres dated {@code from}–{@code to} (both included), read in a fixed number of
     * statements however many centres there are.
     *
     * @param centres each centre's name by its id
     */
    List<CalendarEntry> entries(Map<Long, String> centres, LocalDate from, LocalDate to);

    /** Whether the personal feed has these entries too, not only the calendar page. */
    default boolean inFeed() {
        return true;
    }
}
