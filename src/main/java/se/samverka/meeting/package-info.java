/**
 * Steering-group and cooperation meetings of a centre and their minutes (§9, §11.1, Bilaga 3): agenda,
 * attendees by base operation (RB3e), numbered items with decisions, action points, approval by an adjuster
 * that locks the minutes, corrections beside the items, PDF/A, and the follow-up of R9, RB3c and R11.1c.
 */
package se.samverka.meeting;
