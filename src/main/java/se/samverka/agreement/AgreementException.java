package se.samverka.agreement;

/**
 * A change the agreement's state does not allow, such as signing twice. The code names the Swedish
 * message ({@code agreement.refused.<code>}); nothing has changed when it is thrown.
 */
public class AgreementException extends RuntimeException {

    private final String code;

    AgreementException(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
