package se.samverka.rules;

/** The kinds of shared areas a centre's premises may have; the first four are the minimum (R14d). */
public enum SharedArea {
    STAFF_TOILET(true),
    VISITOR_TOILET(true),
    CONFERENCE_ROOM(true),
    STAFF_ROOM(true),
    WAITING_ROOM(false),
    GROUP_ROOM(false),
    CONVERSATION_ROOM(false),
    KITCHEN(false),
    OTHER(false);

    private final boolean minimum;

    SharedArea(boolean minimum) {
        this.minimum = minimum;
    }

    public boolean minimum() {
        return minimum;
    }
}
