package se.samverka.meeting;

import java.util.Arrays;
import java.util.Optional;

/** The parts of a meeting that can be taken back before the minutes are approved, as named in paths. */
enum MeetingPart {
    ATTENDEE("attendees", "meeting.refused.no-such-attendee"),
    ITEM("items", "meeting.refused.no-such-item"),
    ACTION("actions", "meeting.refused.no-such-action");

    private final String path;
    private final String missing;

    MeetingPart(String path, String missing) {
        this.path = path;
        this.missing = missing;
    }

    static Optional<MeetingPart> ofPath(String path) {
        return Arrays.stream(values()).filter(p -> p.path.equals(path)).findFirst();
    }

    String missing() {
        return missing;
    }
}
