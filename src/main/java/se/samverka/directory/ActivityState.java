package se.samverka.directory;

/** A draft is the coordinator's alone; a published or cancelled activity is public, a cancelled one as "Inställd". */
enum ActivityState {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
