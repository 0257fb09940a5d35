package se.samverka.plan;

/** What a planned activity is; a parent-education session of the midwife clinic held at the centre is RB3d. */
public enum ActivityKind {
    PARENT_GROUP,
    PARENT_EDUCATION,
    JOINT_TRAINING,
    OTHER
}
