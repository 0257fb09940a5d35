package se.samverka.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverka.centre.Address;
import se.samverka.centre.CentreDescription;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.UnitParticipation;
import se.samverka.identity.Grant;
import se.samverka.identity.UserAccounts;
import se.samverka.organisation.OrganisationNumber;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.PrincipalSummary;
import se.samverka.rules.BaseOperation;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Makes test data through the modules' public APIs, with names no other test uses. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "ett-langt-losenord";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Organisations organisations;
    private final CentreRegistry registry;
    private final UserAccounts accounts;
    private final UserDetailsService users;

    Fixtures(Organisations organisations, CentreRegistry registry, UserAccounts accounts, UserDetailsService users) {
        this.organisations = organisations;
        this.registry = registry;
        this.accounts = accounts;
        this.users = users;
    }

    public static String unique(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    public PrincipalSummary region() {
        return organisations.principals().stream()
                .filter(p -> "232100-0131".equals(p.organisationNumber())).findFirst().orElseThrow();
    }

    public PrincipalSummary municipality(String code) {
        return organisations.municipalPrincipal(code).orElseThrow();
    }

    /** A new private Vårdval provider with a valid, unused organisation number. */
    public PrincipalSummary privateProvider() {
        String number;
        do {
            number = validOrganisationNumber();
        } while (organisationNumberTaken(number));
        long id = organisations.createPrivateProvider(unique("Vårdgivaren AB"), OrganisationNumber.parse(number).orElseThrow());
        return organisations.principal(id).orElseThrow();
    }

    public long unit(PrincipalSummary principal, BaseOperation operation) {
        return organisations.createUnit(principal.id(), unique("Enhet " + operation), operation, null);
    }

    /** A centre in the municipality with the given operations, each from a new unit; true means co-located. */
    public Centre centre(String municipalityCode, boolean prioritised, Object... operationsAndCoLocation) {
        PrincipalSummary municipality = municipality(municipalityCode);
        var participations = new java.util.ArrayList<UnitParticipation>();
        for (int i = 0; i < operationsAndCoLocation.length; i += 2) {
            BaseOperation operation = (BaseOperation) operationsAndCoLocation[i];
            boolean coLocated = (Boolean) operationsAndCoLocation[i + 1];
            PrincipalSummary owner = operation.municipal() ? municipality : region();
            participations.add(new UnitParticipation(operation, unit(owner, operation), coLocated));
        }
        String name = unique("Familjecentralen");
        long id = registry.register(new CentreDescription(name, new Address("Testgatan 1", "411 01", "Göteborg"),
                municipalityCode, prioritised, participations, List.of(), null));
        return new Centre(id, name, participations.stream().map(UnitParticipation::unitId).toList());
    }

    public record Centre(long id, String name, List<Long> unitIds) {
    }

    public String account(Grant... grants) {
        String username = "test" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1000000;
        accounts.create(username, unique("Testperson"), null, PASSWORD, Set.of(grants));
        return username;
    }

    /** Signs a MockMvc request in as the account, with the authorities it really has. */
    public RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private boolean organisationNumberTaken(String number) {
        return organisations.principals().stream().anyMatch(p -> number.equals(p.organisationNumber()));
    }

    private static String validOrganisationNumber() {
        // a legal person's number has 2 or more as its third digit
        String base = "55" + (2_000_000 + (SEQUENCE.incrementAndGet() * 7919L + System.nanoTime()) % 8_000_000);
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            int digit = base.charAt(base.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        String digits = base + (10 - sum % 10) % 10;
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }
}
