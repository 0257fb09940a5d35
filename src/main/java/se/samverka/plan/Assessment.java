package se.samverka.plan;

/** How far a goal was reached, judged at the end of the year. */
enum Assessment {
    MET,
    PARTLY_MET,
    NOT_MET
}
