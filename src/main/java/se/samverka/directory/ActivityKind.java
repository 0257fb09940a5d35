package se.samverka.directory;

/** What a public activity is; PARENT_EDUCATION is the midwife clinic's parent-education session at the centre (RB3d). */
enum ActivityKind {
    PARENT_GROUP,
    BABY_MASSAGE,
    OPEN_PRESCHOOL,
    PARENT_EDUCATION,
    INFORMATION_MEETING,
    OTHER
}
