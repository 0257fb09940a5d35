package se.samverka.calendar;

import java.util.List;
import java.util.Map;

/** A module's dates for the calendar feed: deadlines, checks due, meetings. */
public interface CalendarSource {

    /**
     * The entries of all the given centres, read in a fixed number of statements however many centres there are.
     *
     * @param centres each centre's name by its id
     */
    List<CalendarEntry> entries(Map<Long, String> centres);
}
