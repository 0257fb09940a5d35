package se.samverka.premises;

/** A change the premises refuse; {@code premises.refused.<code>} in messages_sv.properties says why. */
class PremisesException extends RuntimeException {

    private final String code;

    PremisesException(String code) {
        super(code);
        this.code = code;
    }

    String code() {
        return code;
    }
}
