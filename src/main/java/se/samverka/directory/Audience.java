package se.samverka.directory;

/** Whom a public activity is for. */
enum Audience {
    EXPECTING_PARENTS,
    PARENTS_OF_BABIES,
    FAMILIES,
    EVERYONE
}
