package se.samverka.rules;

/** R11.1a: every centre has a steering group; one group may govern several centres. */
public final class R11_1a implements Rule {

    public static final R11_1a RULE = new R11_1a();

    private R11_1a() {
    }

    @Override
    public String id() {
        return "R11.1a";
    }

    @Override
    public String section() {
        return "11.1";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Varje familjecentral och familjecentralsliknande verksamhet ska därför ha en styrgrupp med uppdrag "
                + "att styra och leda de olika verksamheternas gemensamma åtaganden. (Styrgruppen kan vara samma för "
                + "fler än en familjecentral eller familjecentralsliknande verksamhet.)";
    }

    public Finding check(Governance governance) {
        return governance.steeringGroup()
                ? Finding.of(this, Outcome.MET, "R11.1a.met")
                : Finding.of(this, Outcome.NOT_MET, "R11.1a.missing");
    }
}
