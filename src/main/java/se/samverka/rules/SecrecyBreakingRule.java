package se.samverka.rules;

/**
 * The secrecy-breaking rules Samverka ships in its catalogue of legal bases (R13a). The county's administrator
 * maintains the catalogue itself; these codes are its first entries and what the stateless rules API knows.
 */
public enum SecrecyBreakingRule {
    /** Necessary disclosure (nödvändigt utlämnande). */
    OSL_10_2("OSL 10 kap. 2 §"),
    /** To the police or prosecutor about suspected crimes under brottsbalken 3, 4 or 6 kap. against a minor. */
    OSL_10_21("OSL 10 kap. 21 §"),
    /** Duty to report or provide information under another law, e.g. a child at risk to social services. */
    OSL_10_28("OSL 10 kap. 28 §"),
    /** From health care to social services, for a person under 18 to get necessary care or support. */
    OSL_25_12("OSL 25 kap. 12 §"),
    /** From social services to health care, for a person under 18 to get necessary care or support. */
    OSL_26_9("OSL 26 kap. 9 §");

    private final String statute;

    SecrecyBreakingRule(String statute) {
        this.statute = statute;
    }

    public String statute() {
        return statute;
    }
}
