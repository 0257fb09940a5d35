/** Each user's subscribable iCalendar feed of the dates their centres' modules contribute, behind a revocable secret link. */
package se.samverka.calendar;
