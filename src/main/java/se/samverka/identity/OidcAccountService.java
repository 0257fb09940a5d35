package se.samverka.identity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Signs in a user an OIDC provider vouches for, if an administrator has created an account whose
 * username is the value of the configured claim (e.g. {@code preferred_username} or an HSA-id claim).
 * Roles come from Samverka, never from the provider.
 */
class OidcAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN_ACCOUNT = "samverka_unknown_account";

    private final OidcUserService delegate = new OidcUserService();
    private final Actors actors;
    private final String usernameClaim;

    OidcAccountService(Actors actors, String usernameClaim) {
        this.actors = actors;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = delegate.loadUser(request);
        String username = oidcUser.getClaimAsString(usernameClaim);
        Actor user = username == null ? null : actors.byUsername(username).orElse(null);
        if (user == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_ACCOUNT,
                    "Inget aktivt konto i Samverka för den här inloggningen", null));
        }
        var authorities = user.grants().stream()
                .map(grant -> new SimpleGrantedAuthority(grant.role().authority()))
                .distinct()
                .toList();
        return new DefaultOidcUser(authorities, oidcUser.getIdToken(), oidcUser.getUserInfo(), usernameClaim);
    }
}
