package se.samverka.meeting;

/** A steering group meeting the coordinator (§11.1, R11.1c), or a cooperation meeting of all parties (R9). */
public enum MeetingKind {
    STEERING_GROUP,
    COOPERATION
}
