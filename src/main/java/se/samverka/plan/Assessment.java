package se.samverka.plan;

/** How far a goal was reached, judged at the end of the year. */
public enum Assessment {
    MET,
    PARTLY_MET,
    NOT_MET
}
