package se.samverka.identity;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sign-in with username and password, by the login form or HTTP Basic: limited and recorded by
 * {@link SignInThrottle}, checked by Spring Security's {@link DaoAuthenticationProvider}, which also replaces an
 * outdated hash (bcrypt) at a successful sign-in. OIDC sign-ins have their own provider and are not counted.
 * When the database cannot be reached the attempt fails with an {@link InternalAuthenticationServiceException}.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    PasswordSignIn(AccountDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setUserDetailsPasswordService(accounts);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        Optional<Duration> wait = database(() -> throttle.begin(username, address));
        if (wait.isPresent()) {
            record(() -> throttle.failed(username, address, SignInThrottle.Reason.THROTTLED));
            throw new SignInRefusedException(wait.get());
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (InternalAuthenticationServiceException | DataAccessException | TransactionException e) {
            abandon(username, address);
            throw e instanceof InternalAuthenticationServiceException internal ? internal
                    : new InternalAuthenticationServiceException("Inloggningen kunde inte prövas", e);
        } catch (AuthenticationException e) {
            SignInThrottle.Reason reason = e instanceof DisabledException
                    ? SignInThrottle.Reason.DISABLED : SignInThrottle.Reason.BAD_CREDENTIALS;
            record(() -> throttle.failed(username, address, reason));
            throw e;
        }
        record(() -> throttle.succeeded(username, address));
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void abandon(String username, String address) {
        try {
            throttle.abandoned(username, address);
        } catch (DataAccessException | TransactionException e) {
            // the database is away: the counts stay until the run ends
        }
    }

    private static <T> T database(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException | TransactionException e) {
            throw new InternalAuthenticationServiceException("Inloggningen kunde inte prövas", e);
        }
    }

    private static void record(Runnable work) {
        database(() -> {
            work.run();
            return true;
        });
    }
}
