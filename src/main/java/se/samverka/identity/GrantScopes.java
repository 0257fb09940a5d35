package se.samverka.identity;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by the modules that own what grants are scoped to (principals, centres, units), so that
 * user administration can offer and name scopes without knowing those modules.
 */
public interface GrantScopes {

    Role.Scope scope();

    List<ScopeOption> options();

    Optional<String> label(long scopeId);

    record ScopeOption(long id, String label) {
    }
}
