package se.samverka.centre;

import org.springframework.stereotype.Component;
import se.samverka.identity.GrantScopes;
import se.samverka.identity.Role;

import java.util.List;
import java.util.Optional;

/** Centres as the scope of STEERING_GROUP and COORDINATOR grants. */
@Component
class CentreScopes implements GrantScopes {

    private final CentreQueries queries;

    CentreScopes(CentreQueries queries) {
        this.queries = queries;
    }

    @Override
    public Role.Scope scope() {
        return Role.Scope.CENTRE;
    }

    @Override
    public List<ScopeOption> options() {
        return queries.all().stream().map(c -> new ScopeOption(c.id(), c.name())).toList();
    }

    @Override
    public Optional<String> label(long scopeId) {
        return options().stream().filter(o -> o.id() == scopeId).map(ScopeOption::label).findFirst();
    }
}
