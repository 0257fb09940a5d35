package se.samverka.notification;

/** How a kind of notice reaches a user. */
enum Delivery {
    IMMEDIATELY,
    DIGEST,
    OFF
}
