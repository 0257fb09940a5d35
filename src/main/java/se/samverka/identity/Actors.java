package se.samverka.identity;

import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Optional;

/**
 * The signed-in user with their current grants. Read from the database once per request (CurrentAccountFilter
 * reads it first), so a revoked grant or a disabled account takes effect at once. Read in one read-only
 * transaction, so that the account and its grants come over one connection.
 */
@Service
public class Actors {

    private static final String REQUEST_ATTRIBUTE = Actors.class.getName();

    private final Users users;

    Actors(Users users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Actor cached
                && cached.username().equalsIgnoreCase(authentication.getName())) {
            return Optional.of(cached);
        }
        Optional<Actor> actor = users.findByUsername(authentication.getName())
                .filter(User::enabled)
                .map(User::toActor);
        if (request != null) {
            actor.ifPresent(a -> request.setAttribute(REQUEST_ATTRIBUTE, a, RequestAttributes.SCOPE_REQUEST));
        }
        return actor;
    }

    /**
     * The enabled account with this username and its current grants, for requests that carry their own proof
     * of who they act for (a calendar subscription link) instead of a session.
     */
    @Transactional(readOnly = true)
    public Optional<Actor> byUsername(String username) {
        return users.findByUsername(username).filter(User::enabled).map(User::toActor);
    }

    /**
     * The signed-in person's name for the page header: the account's name, else the username (an account without
     * one, or an error page drawn while the database cannot be reached).
     */
    public String signedInName() {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        try {
            return current().map(Actor::displayName).filter(name -> name != null && !name.isBlank()).orElse(username);
        } catch (DataAccessException unreachable) {
            return username;
        }
    }

    /** The current actor; denies access when nobody (or a disabled account) is signed in. */
    public Actor require() {
        return current().orElseThrow(() -> new AccessDeniedException("Inte inloggad"));
    }
}
