package se.samverka.rules;

/** R8.3c: a centre that is neither kind is outside the agreement (footnote 21). */
public final class R8_3c implements Rule {

    public static final R8_3c RULE = new R8_3c();

    private R8_3c() {
    }

    @Override
    public String id() {
        return "R8.3c";
    }

    @Override
    public String section() {
        return "8.3, fotnot 21";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Utöver familjecentraler och familjecentralsliknande verksamheter kan annan avtalsbunden samverkan "
                + "tecknas som inte faller inom ramen för ovanstående definitioner. Dessa samverkansformer omfattas "
                + "inte av detta avtal.";
    }

    public CentreKind kind(boolean familyCentre, boolean familyCentreLike) {
        if (familyCentre) {
            return CentreKind.FAMILY_CENTRE;
        }
        return familyCentreLike ? CentreKind.FAMILY_CENTRE_LIKE : CentreKind.NOT_COVERED;
    }

    public Reason reason() {
        return Reason.of(this, "R8.3c.not-covered");
    }
}
