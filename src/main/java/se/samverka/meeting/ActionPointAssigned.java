package se.samverka.meeting;

import java.time.LocalDate;

/**
 * An action point was written into a meeting's minutes, published in the transaction that adds it. Its description
 * is left out on purpose: it is free text and may name anyone.
 *
 * @param owner the owner as typed in the minutes (a name or a username)
 */
public record ActionPointAssigned(long meetingId, long centreId, MeetingKind meetingKind, LocalDate meetingDate,
                                  String owner, LocalDate dueOn) {
}
