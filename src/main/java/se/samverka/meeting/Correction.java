package se.samverka.meeting;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A correction of an item of the minutes, kept beside it; never changed once written.
 *
 * @param itemKey the corrected item's stable id ({@link MinuteItem#itemKey()}), not its § number
 */
@Table("meeting_correction")
record Correction(@Id Long id, long meetingId, int itemKey, String text, String recordedBy, Instant recordedAt) {

    Correction {
        Objects.requireNonNull(text);
        Objects.requireNonNull(recordedBy);
        Objects.requireNonNull(recordedAt);
        if (itemKey < 1) {
            throw new IllegalArgumentException("item keys start at 1");
        }
    }

    /** The day it was written, in Sweden. */
    public java.time.LocalDate recordedOn() {
        return recordedAt.atZone(MeetingWork.SWEDEN).toLocalDate();
    }
}
