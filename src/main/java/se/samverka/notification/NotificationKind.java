package se.samverka.notification;

/** What a notice is about; each user chooses per kind how it reaches them, except a signing request. */
enum NotificationKind {
    SIGNING_REQUEST,
    PARTY_SIGNED,
    AGREEMENT_SEALED,
    ACTION_POINT_ASSIGNED,
    ACTION_POINT_DUE,
    DEADLINE_DUE,
    MINUTES_TO_ADJUST;

    /** A signing request is always sent at once: without it nobody knows they are to sign. */
    boolean chosen() {
        return this != SIGNING_REQUEST;
    }
}
