package se.samverka.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.audit.AuditPerson;
import se.samverka.platform.Texts;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Creates and changes accounts. Every read and change is audited: accounts are personal data. */
@Service
public class UserAccounts {

    static final String AUDIT_TYPE = "user";

    private final Users users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Texts texts;
    private final ObjectProvider<GrantScopes> scopes;

    UserAccounts(Users users, PasswordEncoder passwords, AuditLog audit, Texts texts, ObjectProvider<GrantScopes> scopes) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.texts = texts;
        this.scopes = scopes;
    }

    /** The account as the person an audit entry is about. */
    static AuditPerson person(long id) {
        return AuditPerson.of(AUDIT_TYPE, id);
    }

    public static class UsernameTakenException extends RuntimeException {
        UsernameTakenException() {
            super("Användarnamnet är upptaget");
        }
    }

    /** Creates an account; {@code password} may be null for accounts that sign in with OIDC only. */
    @Transactional
    public long create(String username, String displayName, String email, String password, Set<Grant> grants) {
        if (users.findByUsername(username.trim()).isPresent()) {
            throw new UsernameTakenException();
        }
        String hash = password == null || password.isEmpty() ? null : passwords.encode(PasswordRules.checked(password, username));
        return insert(username, displayName, blankToNull(email), hash, grants);
    }

    /** An account for {@link #createAll}. */
    public record NewAccount(String username, String displayName, Set<Grant> grants) {
    }

    /**
     * Creates accounts that share one password, such as the demo's, hashing it once: an Argon2id hash costs more
     * than everything else an account's creation does.
     */
    @Transactional
    public void createAll(List<NewAccount> accounts, String password) {
        accounts.forEach(account -> PasswordRules.checked(password, account.username()));
        String hash = passwords.encode(password);
        for (NewAccount account : accounts) {
            if (users.findByUsername(account.username().trim()).isPresent()) {
                throw new UsernameTakenException();
            }
            insert(account.username(), account.displayName(), null, hash, account.grants());
        }
    }

    private long insert(String username, String displayName, String email, String hash, Set<Grant> grants) {
        try {
            User user = users.save(User.create(username, displayName, email, hash, grants));
            audit.record(AuditAction.CREATE, AUDIT_TYPE, user.id(), "konto skapat med roller " + describe(grants),
                    person(user.id()));
            return user.id();
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException();
        }
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    /** The enabled account with this username, for naming it in another module (e.g. as a signatory). */
    @Transactional
    public Optional<AccountSummary> findEnabled(String username) {
        Optional<AccountSummary> account = users.findByUsername(username.trim()).filter(User::enabled)
                .map(UserAccounts::summary);
        account.ifPresent(a -> audit.read(AUDIT_TYPE, a.id(), "konto söks med användarnamn", person(a.id())));
        return account;
    }

    @Transactional
    public List<AccountSummary> all() {
        List<AccountSummary> accounts = users.findAll().stream()
                .map(UserAccounts::summary)
                .sorted(Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        audit.read(AUDIT_TYPE, null, "kontolista, " + accounts.size() + " konton");
        return accounts;
    }

    @Transactional
    public Optional<AccountSummary> find(long id) {
        Optional<AccountSummary> account = users.findById(id).map(UserAccounts::summary);
        account.ifPresent(a -> audit.read(AUDIT_TYPE, id, "konto", person(id)));
        return account;
    }

    @Transactional
    public void update(long id, int expectedVersion, String displayName, String email, boolean enabled,
                       String newPassword) {
        User user = load(id, expectedVersion);
        user.update(displayName, blankToNull(email), enabled);
        if (newPassword != null && !newPassword.isEmpty()) {
            user.changePassword(passwords.encode(PasswordRules.checked(newPassword, user.username())));
        }
        users.save(user);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id,
                (enabled ? "aktivt" : "spärrat") + (newPassword == null || newPassword.isEmpty() ? "" : ", nytt lösenord"),
                person(id));
    }

    @Transactional
    public void grant(long id, int expectedVersion, Grant grant) {
        User user = load(id, expectedVersion);
        user.grant(grant);
        users.save(user);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "roll tilldelad: " + describe(Set.of(grant)), person(id));
    }

    @Transactional
    public void revoke(long id, int expectedVersion, Grant grant) {
        User user = load(id, expectedVersion);
        user.revoke(grant);
        users.save(user);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "roll borttagen: " + describe(Set.of(grant)), person(id));
    }

    /** Creates the first county administrator, who signs in with a password, unless one exists; true when created. */
    @Transactional
    public boolean bootstrapCountyAdmin(String username, String displayName, String password) {
        if (users.anyCountyAdmin()) {
            return false;
        }
        create(username, displayName, null, PasswordRules.checked(password == null ? "" : password, username),
                Set.of(Grant.countyAdmin()));
        return true;
    }

    private User load(long id, int expectedVersion) {
        User user = users.findById(id).orElseThrow(() -> new IllegalArgumentException("Okänt konto"));
        if (user.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Kontot har ändrats av någon annan");
        }
        return user;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** "Samordnare för Familjecentralen Solrosen, Länsadministratör". */
    private String describe(Set<Grant> grants) {
        return grants.stream()
                .map(grant -> {
                    String role = texts.message("role." + grant.role().name());
                    if (grant.scopeId() == null) {
                        return role;
                    }
                    String scope = scopes.orderedStream().filter(s -> s.scope() == grant.role().scope())
                            .map(s -> s.label(grant.scopeId()).orElse(null)).filter(Objects::nonNull)
                            .findFirst().orElse(texts.message("user.scope.unknown"));
                    return role + " för " + scope;
                })
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static AccountSummary summary(User user) {
        return new AccountSummary(user.id(), user.username(), user.displayName(), user.email(), user.enabled(),
                user.passwordHash() != null, user.grants(), user.createdAt(), user.version());
    }
}
