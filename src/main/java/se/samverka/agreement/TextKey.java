package se.samverka.agreement;

/**
 * The places where a template leaves the wording to the parties (the bold instructions in Bilaga 1 and 2).
 * Samverka proposes a text for each from what it knows; the parties change it in the draft.
 */
enum TextKey {
    /** Bilaga 1 §3: the regional agreement's diary number, a declaration of intent, other steering documents. */
    FOUNDATIONS(AgreementKind.COOPERATION),
    /** Bilaga 1 §4: which agreement governs the premises. */
    PREMISES_REFERENCE(AgreementKind.COOPERATION),
    /** Bilaga 1 §5: the centre's local goals and how they are followed up. */
    LOCAL_GOALS(AgreementKind.COOPERATION),
    /** Bilaga 1 §8: the steering group, adapted to local conditions. */
    STEERING_GROUP(AgreementKind.COOPERATION),
    /** Bilaga 1 §9: the coordinator's service grade and assignment. */
    COORDINATOR(AgreementKind.COOPERATION),
    /** Bilaga 1 §10: the staff who work at the centre. */
    STAFF_GROUP(AgreementKind.COOPERATION),
    /** Bilaga 1 §15: the coordinator's cost, employing party and how the others reimburse it. */
    COORDINATOR_COST(AgreementKind.COOPERATION),
    /** Bilaga 2 §2: premises, areas, the parties' shares, annual cost at a base year's prices. */
    USAGE_SCOPE(AgreementKind.USAGE_RIGHT),
    /** Bilaga 2 §3: how the usage right is extended. */
    EXTENSION(AgreementKind.USAGE_RIGHT),
    /** Bilaga 2 §4: payment terms. */
    PAYMENT_TERMS(AgreementKind.USAGE_RIGHT),
    /** Bilaga 2 §5. */
    GRANTOR_DUTIES(AgreementKind.USAGE_RIGHT),
    /** Bilaga 2 §6. */
    USER_DUTIES(AgreementKind.USAGE_RIGHT),
    /** Bilaga 2 §7–11: the template's example wording, kept unless the parties change it. */
    TRANSFER(AgreementKind.USAGE_RIGHT),
    REDUCTION(AgreementKind.USAGE_RIGHT),
    CANCELLATION(AgreementKind.USAGE_RIGHT),
    FORCE_MAJEURE(AgreementKind.USAGE_RIGHT),
    CHANGES(AgreementKind.USAGE_RIGHT);

    private final AgreementKind kind;

    TextKey(AgreementKind kind) {
        this.kind = kind;
    }

    AgreementKind kind() {
        return kind;
    }
}
