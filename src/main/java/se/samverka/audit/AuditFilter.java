package se.samverka.audit;

/** The review's filter as typed: every field is text, so a bad value reaches the reviewer as a message at its field. */
record AuditFilter(String person, String actor, String objectType, String objectId, String action, String from,
                   String to) {

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    boolean any() {
        return !blank(person) || !blank(actor) || !blank(objectType) || !blank(objectId) || !blank(action)
                || !blank(from) || !blank(to);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
