package se.samverka.identity;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A password sign-in refused untried, after too many failures for the account or from the address. */
class SignInRefusedException extends AuthenticationException {

    private final Duration retryAfter;

    SignInRefusedException(Duration retryAfter) {
        super("För många misslyckade inloggningar");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one. */
    long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
