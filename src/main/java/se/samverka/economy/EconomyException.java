package se.samverka.economy;

/**
 * A change the settlement's state does not allow, such as changing an item of a closed period. The code names
 * the Swedish message ({@code economy.refused.<code>}); nothing has changed when it is thrown.
 */
class EconomyException extends RuntimeException {

    private final String code;

    EconomyException(String code) {
        super(code);
        this.code = code;
    }

    String code() {
        return code;
    }
}
