package se.samverka.rules;

/**
 * R12: every year there is a joint operational plan with goals, which is followed up and, once the year is over,
 * evaluated.
 */
public final class R12 implements Rule {

    public static final R12 RULE = new R12();

    private R12() {
    }

    @Override
    public String id() {
        return "R12";
    }

    @Override
    public String section() {
        return "12";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Alla verksamheter i familjecentralen eller den familjecentralsliknande verksamheten ska ha en "
                + "gemensam verksamhetsplan som följs upp och utvärderas. Styrgruppen ansvarar för att det årligen "
                + "upprättas en gemensam verksamhetsplan med uppföljning och utvärdering.";
    }

    /**
     * The plan for {@code state.year()} judged in calendar year {@code year}: it has to exist and hold at least one
     * goal; once its year is over it also has to have an adopted year-end evaluation.
     */
    public Finding check(int year, PlanState state) {
        if (!state.exists()) {
            return Finding.of(this, Outcome.NOT_MET, "R12.missing");
        }
        if (!state.goals()) {
            return Finding.of(this, Outcome.NOT_MET, "R12.no-goals");
        }
        if (state.year() < year) {
            return state.evaluated() ? Finding.of(this, Outcome.MET, "R12.evaluated")
                    : Finding.of(this, Outcome.NOT_MET, "R12.not-evaluated");
        }
        return Finding.of(this, Outcome.MET, "R12.met");
    }
}
