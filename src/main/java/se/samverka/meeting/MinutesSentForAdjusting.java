package se.samverka.meeting;

import java.time.LocalDate;

/**
 * A meeting's minutes were sent for adjusting, published in the transaction that records it. Carries no names of the
 * minutes: only the username of the adjuster's account.
 */
public record MinutesSentForAdjusting(long meetingId, long centreId, MeetingKind meetingKind, LocalDate meetingDate,
                                      String adjusterUsername) {
}
