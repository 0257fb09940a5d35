package se.samverka.centre;

/** A proposal refuses an answer; {@code proposal.refused.<code>} says why. */
class ProposalException extends RuntimeException {

    private final String code;

    ProposalException(String code) {
        super(code);
        this.code = code;
    }

    String code() {
        return code;
    }
}
