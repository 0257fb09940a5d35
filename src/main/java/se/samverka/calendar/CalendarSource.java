package se.samverka.calendar;

import java.util.List;

/** A module's dates for a centre's calendar feed: deadlines, checks due, meetings. */
public interface CalendarSource {

    List<CalendarEntry> entries(long centreId, String centreName);
}
