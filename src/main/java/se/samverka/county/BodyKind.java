package se.samverka.county;

/**
 * The kind of body that decided: kommunfullmäktige or regionfullmäktige, kommunstyrelse or regionstyrelse, a nämnd,
 * or a joint body of the parties (SRO, VästKom, a kommunalförbund). Labels: {@code county.body-kind.<name>}.
 */
public enum BodyKind {
    COUNCIL,
    EXECUTIVE_BOARD,
    COMMITTEE,
    JOINT_BODY
}
