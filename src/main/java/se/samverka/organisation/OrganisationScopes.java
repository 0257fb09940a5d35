package se.samverka.organisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.identity.GrantScopes;
import se.samverka.identity.Role;
import se.samverka.platform.Texts;

import java.util.List;
import java.util.Optional;

/** Sub-regions, principals and units as scopes of grants (SUB_REGION_VIEWER, PRINCIPAL_ADMIN, STAFF). */
@Configuration(proxyBeanMethods = false)
class OrganisationScopes {

    @Bean
    GrantScopes subRegionScopes(Organisations organisations) {
        return new GrantScopes() {
            @Override
            public Role.Scope scope() {
                return Role.Scope.SUB_REGION;
            }

            @Override
            public List<ScopeOption> options() {
                return organisations.subRegions().stream().map(s -> new ScopeOption(s.id(), s.name())).toList();
            }

            @Override
            public Optional<String> label(long scopeId) {
                return organisations.subRegion(scopeId).map(SubRegion::name);
            }
        };
    }

    @Bean
    GrantScopes principalScopes(Organisations organisations) {
        return new GrantScopes() {
            @Override
            public Role.Scope scope() {
                return Role.Scope.PRINCIPAL;
            }

            @Override
            public List<ScopeOption> options() {
                return organisations.principals().stream().map(p -> new ScopeOption(p.id(), p.name())).toList();
            }

            @Override
            public Optional<String> label(long scopeId) {
                return organisations.principal(scopeId).map(PrincipalSummary::name);
            }
        };
    }

    @Bean
    GrantScopes unitScopes(Organisations organisations, Texts texts) {
        return new GrantScopes() {
            @Override
            public Role.Scope scope() {
                return Role.Scope.UNIT;
            }

            @Override
            public List<ScopeOption> options() {
                return organisations.allUnits().stream().map(u -> new ScopeOption(u.id(), unitLabel(u, texts))).toList();
            }

            @Override
            public Optional<String> label(long scopeId) {
                return organisations.unit(scopeId).map(u -> unitLabel(u, texts));
            }
        };
    }

    private static String unitLabel(UnitSummary unit, Texts texts) {
        return unit.name() + " (" + unit.principal().name() + ", " + texts.operation(unit.operation()) + ")";
    }
}
