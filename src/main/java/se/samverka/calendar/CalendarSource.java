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

    /**
     * Whether the county's follow-up (§4) looks at these entries (an agreement's dates) at the centres it follows
     * without acting on them; otherwise they are the calendar of those who act at the centre only
     * ({@link se.samverka.centre.Responsibility}).
     */
    default boolean followedUp() {
        return false;
    }

    /** Whether the personal feed has these entries too, not only the calendar page. */
    default boolean inFeed() {
        return true;
    }
}
