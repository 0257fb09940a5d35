package se.samverka.rules;

/**
 * R15a: every family centre and family-centre-like operation is governed by a local cooperation agreement,
 * signed by its parties and in force.
 */
public final class R15a implements Rule {

    public static final R15a RULE = new R15a();

    private R15a() {
    }

    /** Where the centre's local cooperation agreement stands on the day checked. */
    public enum AgreementState {
        NONE,
        DRAFT,
        AWAITING_SIGNATURES,
        SIGNED_NOT_YET_IN_FORCE,
        IN_FORCE,
        EXPIRED
    }

    @Override
    public String id() {
        return "R15a";
    }

    @Override
    public String section() {
        return "8.2, 8.3, 15";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Familjecentralens arbete ska regleras i ett lokalt samverkansavtal. "
                + "Den familjecentralsliknande verksamhetens arbete ska regleras i ett lokalt samverkansavtal.";
    }

    public Finding check(CentreKind kind, AgreementState state) {
        if (kind == CentreKind.NOT_COVERED) {
            return Finding.of(this, Outcome.NOT_APPLICABLE, "R15a.not-applicable");
        }
        return switch (state) {
            case IN_FORCE -> Finding.of(this, Outcome.MET, "R15a.met");
            case NONE -> Finding.of(this, Outcome.NOT_MET, "R15a.missing");
            case DRAFT -> Finding.of(this, Outcome.NOT_MET, "R15a.draft");
            case AWAITING_SIGNATURES -> Finding.of(this, Outcome.NOT_MET, "R15a.unsigned");
            case SIGNED_NOT_YET_IN_FORCE -> Finding.of(this, Outcome.NOT_MET, "R15a.not-yet");
            case EXPIRED -> Finding.of(this, Outcome.NOT_MET, "R15a.expired");
        };
    }
}
