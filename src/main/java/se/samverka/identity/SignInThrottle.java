package se.samverka.identity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed password sign-ins per account (the username as typed, whether or not an account has it) and per
 * source address in PostgreSQL, so that every instance of the application shares them, and refuses attempts by the
 * {@link ThrottlePolicy}s. Every attempt is counted as a failure before the password is checked, so that many
 * attempts sent at once cannot all pass; a successful one clears its account's run and takes its count back from
 * the address. Every failure is written to {@code sign_in_failure} and the audit log, never the password.
 */
@Component
class SignInThrottle {

    static final int MAX_USERNAME = 100;
    static final int MAX_ADDRESS = 64;

    enum Kind {
        ACCOUNT, ADDRESS
    }

    enum Reason {
        BAD_CREDENTIALS("fel användarnamn eller lösenord"),
        DISABLED("kontot är spärrat"),
        THROTTLED("för många misslyckade inloggningar, försöket prövades inte");

        private final String detail;

        Reason(String detail) {
            this.detail = detail;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final ThrottlePolicy accounts;
    private final ThrottlePolicy addresses;

    @Autowired
    SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, AuditLog audit, Clock clock) {
        this(jdbc, transactions, audit, clock, ThrottlePolicy.ACCOUNT, ThrottlePolicy.ADDRESS);
    }

    SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, AuditLog audit, Clock clock,
                   ThrottlePolicy accounts, ThrottlePolicy addresses) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.audit = audit;
        this.clock = clock;
        this.accounts = accounts;
        this.addresses = addresses;
    }

    /**
     * Counts an attempt by {@code username} from {@code address} (null when unknown) as a failure, unless the account
     * or the address must wait; then nothing is counted and the answer is how long.
     */
    Optional<Duration> begin(String username, String address) {
        Instant now = clock.instant();
        String account = account(username);
        Optional<Duration> wait = count(Kind.ACCOUNT, account, accounts, now);
        if (wait.isEmpty() && address != null) {
            wait = count(Kind.ADDRESS, address(address), addresses, now);
            if (wait.isPresent()) {
                takeBack(Kind.ACCOUNT, account, accounts);
            }
        }
        return wait;
    }

    /** The attempt counted by {@link #begin} failed, or was refused there: it is recorded. */
    void failed(String username, String address, Reason reason) {
        Instant now = clock.instant();
        String account = account(username);
        String source = address == null ? null : clean(address, MAX_ADDRESS);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            insert into sign_in_failure (occurred_at, username, source_address, reason)
                            values (:now, :username, :address, :reason)""")
                    .param("now", Timestamp.from(now))
                    .param("username", account)
                    .param("address", source)
                    .param("reason", reason.name())
                    .update();
            audit.record(account, AuditAction.LOGIN_FAILED, UserAccounts.AUDIT_TYPE, null, reason.detail);
            removeEndedRuns(now);
        });
    }

    /** The attempt counted by {@link #begin} succeeded: the account's run is over, the address gets its count back. */
    void succeeded(String username, String address) {
        jdbc.sql("delete from sign_in_throttle where kind = 'ACCOUNT' and key = :key")
                .param("key", account(username))
                .update();
        if (address != null) {
            takeBack(Kind.ADDRESS, address(address), addresses);
        }
    }

    /** The attempt counted by {@link #begin} could not be tried (the database failed): its counts are taken back. */
    void abandoned(String username, String address) {
        takeBack(Kind.ACCOUNT, account(username), accounts);
        if (address != null) {
            takeBack(Kind.ADDRESS, address(address), addresses);
        }
    }

    /** A username as the failure log and the counters know it: trimmed, lower-cased, at most 100 characters. */
    static String account(String username) {
        return clean(username == null ? "" : username, MAX_USERNAME).toLowerCase(Locale.ROOT);
    }

    /**
     * The counter key of a source address: the address itself, but for IPv6 its /64 network, which one client
     * usually has to itself.
     */
    static String address(String address) {
        String key = clean(address, MAX_ADDRESS).toLowerCase(Locale.ROOT);
        if (key.indexOf(':') < 0 || !key.matches("[0-9a-f:.]+")) {
            return key;
        }
        try {
            // with a colon it is an IPv6 literal: parsed, never looked up
            InetAddress parsed = InetAddress.getByName(key);
            byte[] bytes = parsed.getAddress();
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            return String.format("%x:%x:%x:%x::/64", group(bytes, 0), group(bytes, 1), group(bytes, 2), group(bytes, 3));
        } catch (UnknownHostException e) {
            return key;
        }
    }

    private static int group(byte[] bytes, int index) {
        return (bytes[2 * index] & 0xff) << 8 | bytes[2 * index + 1] & 0xff;
    }

    /**
     * Each change of a counter is one statement that changes it only if it is still as read (retried when another
     * attempt changed it in between), so no row stays locked while the application, not the database, has the turn:
     * sign-ins from one address or to one account at once wait microseconds for each other, not for connections.
     */
    private Optional<Duration> count(Kind kind, String key, ThrottlePolicy policy, Instant now) {
        while (true) {
            Optional<ThrottlePolicy.State> seen = read(kind, key);
            if (seen.isEmpty()) {
                ThrottlePolicy.State first = policy.failed(new ThrottlePolicy.State(0, null, null), now);
                if (jdbc.sql("""
                                insert into sign_in_throttle (kind, key, failures, last_failure_at, blocked_until)
                                values (:kind, :key, :failures, :last, :until) on conflict do nothing""")
                        .param("kind", kind.name()).param("key", key).params(values(first))
                        .update() == 1) {
                    return Optional.empty();
                }
                continue;
            }
            Optional<Duration> wait = policy.wait(seen.get(), now);
            if (wait.isPresent()) {
                return wait;
            }
            if (replace(kind, key, seen.get(), policy.failed(seen.get(), now))) {
                return Optional.empty();
            }
        }
    }

    private void takeBack(Kind kind, String key, ThrottlePolicy policy) {
        Optional<ThrottlePolicy.State> seen = read(kind, key);
        while (seen.isPresent() && !replace(kind, key, seen.get(), policy.undone(seen.get()))) {
            seen = read(kind, key);
        }
    }

    private Optional<ThrottlePolicy.State> read(Kind kind, String key) {
        return jdbc.sql("""
                        select failures, last_failure_at, blocked_until from sign_in_throttle
                        where kind = :kind and key = :key""")
                .param("kind", kind.name()).param("key", key)
                .query(SignInThrottle::state)
                .optional();
    }

    /** Stores {@code next} if the counter is still {@code seen} (the wait follows from the failures and the last one). */
    private boolean replace(Kind kind, String key, ThrottlePolicy.State seen, ThrottlePolicy.State next) {
        return jdbc.sql("""
                        update sign_in_throttle set failures = :failures, last_failure_at = :last, blocked_until = :until
                        where kind = :kind and key = :key and failures = :seenFailures and last_failure_at = :seenLast""")
                .params(values(next))
                .param("kind", kind.name()).param("key", key)
                .param("seenFailures", seen.failures())
                .param("seenLast", Timestamp.from(seen.lastFailureAt()))
                .update() == 1;
    }

    private static Map<String, Object> values(ThrottlePolicy.State state) {
        var values = new HashMap<String, Object>();
        values.put("failures", state.failures());
        values.put("last", Timestamp.from(state.lastFailureAt()));
        values.put("until", state.blockedUntil() == null ? null : Timestamp.from(state.blockedUntil()));
        return values;
    }

    /** Rows of runs that have ended, so that usernames tried once do not pile up. */
    void removeEndedRuns(Instant now) {
        for (Kind kind : Kind.values()) {
            ThrottlePolicy policy = kind == Kind.ACCOUNT ? accounts : addresses;
            jdbc.sql("""
                            delete from sign_in_throttle
                            where kind = :kind and last_failure_at <= :runEnded
                              and (blocked_until is null or blocked_until <= :now)""")
                    .param("kind", kind.name())
                    .param("runEnded", Timestamp.from(now.minus(policy.window())))
                    .param("now", Timestamp.from(now))
                    .update();
        }
    }

    private static ThrottlePolicy.State state(ResultSet row, int number) throws SQLException {
        Timestamp until = row.getTimestamp("blocked_until");
        return new ThrottlePolicy.State(row.getInt("failures"), row.getTimestamp("last_failure_at").toInstant(),
                until == null ? null : until.toInstant());
    }

    /** Text fit for a varchar column: composed, without control characters, trimmed, at most {@code max} characters. */
    private static String clean(String text, int max) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder();
        composed.codePoints().map(c -> Character.isISOControl(c) ? '\uFFFD' : c).forEach(clean::appendCodePoint);
        String trimmed = clean.toString().strip();
        return trimmed.codePointCount(0, trimmed.length()) <= max ? trimmed
                : trimmed.substring(0, trimmed.offsetByCodePoints(0, max));
    }
}
