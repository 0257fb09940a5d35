package se.samverka.consent;

/** Who a person is to the operation that serves them. */
enum PersonKind {
    CHILD,
    EXPECTING_PARENT,
    PARENT
}
