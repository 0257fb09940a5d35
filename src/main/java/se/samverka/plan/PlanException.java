package se.samverka.plan;

/** A change the plan refuses; {@code plan.refused.<code>} in messages_sv.properties says why. */
class PlanException extends RuntimeException {

    private final String code;

    PlanException(String code) {
        super(code);
        this.code = code;
    }

    String code() {
        return code;
    }
}
