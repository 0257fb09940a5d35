package se.samverka.consent;

/** Why staff handled a person's data, as the audit entry and the log review name it. */
enum AccessPurpose {
    REGISTER("förande av personregister"),
    CONSENT("samtycke"),
    DISCLOSURE("utlämnande mellan verksamheter"),
    EXTRACT("utdrag till den enskilde");

    private final String text;

    AccessPurpose(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
