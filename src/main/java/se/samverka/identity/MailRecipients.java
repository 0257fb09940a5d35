package se.samverka.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The e-mail addresses of enabled accounts, for notifications, and a user's change of their own address. Reading an
 * address to send a notice is the system's own use and not audited; a change is.
 */
@Service
public class MailRecipients {

    /** An enabled account that may be sent mail; {@code email} is null when it has none. */
    public record Recipient(long id, String username, String displayName, String email) {

        public boolean reachable() {
            return email != null;
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    MailRecipients(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<Recipient> byUsername(String username) {
        return jdbc.sql("""
                        select id, username, display_name, email from app_user
                        where lower(username) = lower(:username) and enabled""")
                .param("username", username)
                .query(Recipient.class).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Recipient> byId(long id) {
        return jdbc.sql("select id, username, display_name, email from app_user where id = :id and enabled")
                .param("id", id)
                .query(Recipient.class).optional();
    }

    /**
     * The accounts that hold a grant for the centre (steering group or coordinator) and whose username or name is
     * {@code name}, ignoring case and surrounding spaces: whom a name typed in the centre's minutes means.
     */
    @Transactional(readOnly = true)
    public List<Recipient> atCentreNamed(long centreId, String name) {
        return named(atCentre(centreId), name);
    }

    /** The enabled accounts of the centre's steering group and coordinators, read once for many names. */
    @Transactional(readOnly = true)
    public List<Recipient> atCentre(long centreId) {
        return jdbc.sql("""
                        select distinct u.id, u.username, u.display_name, u.email from app_user u
                        join user_grant g on g.app_user_id = u.id
                        where u.enabled and g.role in ('STEERING_GROUP', 'COORDINATOR') and g.scope_id = :centre
                        order by u.id""")
                .param("centre", centreId)
                .query(Recipient.class).list();
    }

    /** Those of {@code accounts} whose username or name is {@code name}, ignoring case and surrounding spaces. */
    public static List<Recipient> named(List<Recipient> accounts, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return accounts.stream().filter(a -> a.username().toLowerCase(Locale.ROOT).equals(wanted)
                || a.displayName() != null && a.displayName().toLowerCase(Locale.ROOT).equals(wanted)).toList();
    }

    /** The enabled accounts with an address that sit in a steering group or coordinate a centre. */
    @Transactional(readOnly = true)
    public List<Recipient> answeringForCentres() {
        return jdbc.sql("""
                        select distinct u.id, u.username, u.display_name, u.email from app_user u
                        join user_grant g on g.app_user_id = u.id
                        where u.enabled and u.email is not null and g.role in ('STEERING_GROUP', 'COORDINATOR')
                        order by u.id""")
                .query(Recipient.class).list();
    }

    /** Sets or (with a blank address) removes the user's own address, which must be {@link EmailAddresses#valid}. */
    @Transactional
    public void changeOwn(long id, String email) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !EmailAddresses.valid(address)) {
            throw new IllegalArgumentException("ogiltig e-postadress");
        }
        jdbc.sql("update app_user set email = :email, version = version + 1 where id = :id")
                .param("email", address)
                .param("id", id)
                .update();
        audit.record(AuditAction.UPDATE, UserAccounts.AUDIT_TYPE, id,
                address == null ? "egen e-postadress borttagen" : "egen e-postadress ändrad", UserAccounts.person(id));
    }
}
