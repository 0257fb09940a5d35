package se.samverka.identity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;

/**
 * Password sign-in for accounts that have a password; OIDC-only accounts have none. Read in one read-only
 * transaction, so that the account and its grants come over one connection.
 */
@Service
class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final Users users;
    private final AuditLog audit;

    AccountDetailsService(Users users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!possibleUsername(username)) {
            throw new UsernameNotFoundException("Okänt konto");
        }
        User user = users.findByUsername(username)
                .filter(u -> u.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("Okänt konto"));
        return org.springframework.security.core.userdetails.User.withUsername(user.username())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .authorities(user.grants().stream()
                        .map(grant -> new SimpleGrantedAuthority(grant.role().authority()))
                        .distinct()
                        .toList())
                .build();
    }

    /**
     * Replaces the hash of a password that has just been verified by one from the current encoder, unless the
     * password has been changed meanwhile.
     */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails account, String newHash) {
        users.findByUsername(account.getUsername())
                .filter(user -> user.passwordHash() != null && user.passwordHash().equals(account.getPassword()))
                .ifPresent(user -> {
                    if (users.replacePasswordHash(user.id(), user.passwordHash(), newHash)) {
                        audit.record(user.username(), AuditAction.UPDATE, UserAccounts.AUDIT_TYPE, user.id(),
                                "lösenordets hash bytt till Argon2id vid inloggning");
                    }
                });
        return org.springframework.security.core.userdetails.User.withUserDetails(account).password(newHash).build();
    }

    /** No account has a longer name or one with control characters; PostgreSQL would refuse some of them. */
    private static boolean possibleUsername(String username) {
        return username != null && username.length() <= SignInThrottle.MAX_USERNAME
                && username.chars().noneMatch(Character::isISOControl);
    }
}
