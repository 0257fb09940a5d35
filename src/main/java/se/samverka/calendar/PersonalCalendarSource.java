package se.samverka.calendar;

import se.samverka.identity.Actor;

import java.util.List;

/** A module's dates for a user that belong to no centre: the county's, such as the regional agreement's deadline. */
public interface PersonalCalendarSource {

    List<CalendarEntry> entries(Actor actor);
}
