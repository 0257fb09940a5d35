package se.samverka.rules;

/** The four base operations (basverksamheter) of §8.2, in the agreement's order. */
public enum BaseOperation {
    MIDWIFE_CLINIC(false),
    CHILD_HEALTH(false),
    OPEN_PRESCHOOL(true),
    PREVENTIVE_SOCIAL_SERVICES(true);

    private final boolean municipal;

    BaseOperation(boolean municipal) {
        this.municipal = municipal;
    }

    /** Run by a municipality (öppen förskola, förebyggande socialtjänst); the others are health care. */
    public boolean municipal() {
        return municipal;
    }
}
