package se.samverka.identity;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import se.samverka.platform.DatabaseUnavailable;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes every authorisation decision on the account as it is now, not as it was at sign-in. After authentication it
 * reads the signed-in account (once per request: {@link Actors} keeps it for the rest of the request); when the
 * account is disabled or gone it signs the session out and answers with {@code signedOut}; otherwise it gives the
 * request's Authentication the roles the account holds now, so that {@code hasRole} checks and {@link Actors} agree.
 * Authorities other than roles (such as how the user signed in) stay.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

    /** How to answer a request whose account was disabled or removed after it signed in. */
    @FunctionalInterface
    interface SignedOut {
        void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private static final String ROLE = "ROLE_";

    private final Actors actors;
    private final SignedOut signedOut;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    CurrentAccountFilter(Actors actors, SignedOut signedOut) {
        this.actors = actors;
        this.signedOut = signedOut;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken || unreachableDatabase(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Actor> actor = actors.current();
        if (actor.isEmpty()) {
            logout.logout(request, response, authentication);
            signedOut.answer(request, response);
            return;
        }
        Set<String> roles = actor.get().grants().stream().map(grant -> grant.role().authority()).collect(Collectors.toSet());
        Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE)).collect(Collectors.toSet());
        if (!roles.equals(held)) {
            SecurityContext current = contexts.createEmptyContext();
            current.setAuthentication(authentication.toBuilder()
                    .authorities(authorities -> {
                        authorities.removeIf(authority -> authority.getAuthority() != null
                                && authority.getAuthority().startsWith(ROLE));
                        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role)));
                    })
                    .build());
            contexts.setContext(current);
        }
        chain.doFilter(request, response);
    }

    /**
     * The error page for a database out of reach asks it nothing more: another wait for a connection would only delay
     * the answer that it is out of reach.
     */
    private static boolean unreachableDatabase(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.isCause(failure);
    }

    /** Health probes read nothing of an account: readiness must tell the database's state, not trip over it. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    /** Error pages too decide what to show by the roles. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
