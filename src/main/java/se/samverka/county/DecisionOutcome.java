package se.samverka.county;

/**
 * What a decision about the regional agreement was. The first three are taken by bodies that prepare or recommend
 * (Vårdsamverkan, SRO, VästKom, a kommunalförbund); the rest by a party. Labels: {@code county.outcome.<name>}.
 */
public enum DecisionOutcome {
    CONSULTATION,
    POSITION,
    RECOMMENDED,
    PROPOSAL,
    ADOPTED,
    DECLINED,
    TERMINATION;

    /** Whether a party's decision of this kind is its adoption of the agreement (R4b). */
    public boolean adopts() {
        return this == ADOPTED;
    }

    /** Whether only a party (the region or a municipality) takes a decision of this kind. */
    public boolean byParty() {
        return ordinal() >= PROPOSAL.ordinal();
    }
}
