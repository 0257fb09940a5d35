package se.samverka.audit;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Verifies the audit log's hash chain from its first link to its last, recomputing every hash here, not with the
 * database's own function, so that an entry changed, removed or written past the chain is found; and, given a link
 * noted down earlier ({@link AuditAnchor}), that the chain still holds it. The encoding is the one
 * V4_3_1__audit_chain.sql defines, with the access fields V13_4__audit_access.sql adds. Where entries older than
 * the retention have been purged, the chain is verified from the cut (V13_8__audit_retention.sql), whose last
 * purged hash the first remaining link must name.
 * <p>
 * Reads in one repeatable-read transaction, so entries committed meanwhile neither show up half nor look missing,
 * and streams the links, so a million entries need no more memory than one.
 */
@Service
public class AuditChain {

    static final String FORMAT = "samverka-audit-";
    static final String GENESIS = "0".repeat(64);
    private static final int FETCH_SIZE = 5_000;
    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final byte[] NULL_FIELD = {-1, -1, -1, -1};

    private final DataSource dataSource;

    AuditChain(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public AuditChainVerification verify() {
        return verify(null);
    }

    /** Verifies the chain, and that it still holds {@code anchor} (when not null). */
    public AuditChainVerification verify(AuditAnchor anchor) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return verify(connection, anchor);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Granskningsloggen kunde inte läsas", e);
        }
    }

    private static AuditChainVerification verify(Connection connection, AuditAnchor anchor) throws SQLException {
        var digest = sha256();
        long checked = 0;
        long problems = 0;
        long expected = 1;
        String previous = GENESIS;
        try (var cut = connection.prepareStatement(
                "select position, entry_hash from audit_chain_cut order by position desc limit 1");
             ResultSet row = cut.executeQuery()) {
            if (row.next()) {
                expected = row.getLong(1) + 1;
                previous = row.getString(2);
            }
        }
        AuditChainVerification.BrokenLink first = null;
        try (PreparedStatement links = connection.prepareStatement("""
                select c.position, c.event_id, c.previous_hash, c.entry_hash, e.id, e.occurred_at, e.actor, e.action,
                       e.object_type, e.object_id, e.detail, e.source_address, e.person_type, e.person_id,
                       e.chain_format, e.actor_role, e.centre_id, e.unit_id, e.purpose, e.protected_identity
                from audit_chain c left join audit_event e on e.id = c.event_id
                order by c.position
                """)) {
            links.setFetchSize(FETCH_SIZE);
            try (ResultSet row = links.executeQuery()) {
                while (row.next()) {
                    checked++;
                    long position = row.getLong(1);
                    long eventId = row.getLong(2);
                    String previousHash = row.getString(3);
                    String entryHash = row.getString(4);
                    boolean present = row.getObject(5) != null;
                    OffsetDateTime time = present ? row.getObject(6, OffsetDateTime.class) : null;
                    Instant occurredAt = time == null ? null : time.toInstant();
                    AuditChainVerification.BrokenLink problem = null;
                    if (position != expected) {
                        problem = AuditChainVerification.BrokenLink.missing(expected, position - 1, position,
                                eventId, occurredAt);
                    } else if (!present) {
                        problem = AuditChainVerification.BrokenLink.of(AuditChainVerification.Problem.ENTRY_MISSING,
                                position, eventId, null);
                    } else if (!previous.equals(previousHash)) {
                        problem = AuditChainVerification.BrokenLink.of(
                                AuditChainVerification.Problem.PREVIOUS_HASH_MISMATCH, position, eventId, occurredAt);
                    } else if (!hash(digest, row.getInt(15), position, eventId, occurredAt, row.getString(7),
                            row.getString(8), row.getString(9), row.getString(10), row.getString(11),
                            row.getString(12), row.getString(13), row.getString(14), row.getString(16),
                            row.getString(17), row.getString(18), row.getString(19), text(row.getObject(20, Boolean.class)), previousHash)
                            .equals(entryHash)) {
                        problem = AuditChainVerification.BrokenLink.of(
                                AuditChainVerification.Problem.CONTENT_CHANGED, position, eventId, occurredAt);
                    }
                    if (problem == null && anchor != null && anchor.position() == position
                            && !anchor.hash().equals(entryHash)) {
                        problem = AuditChainVerification.BrokenLink.of(AuditChainVerification.Problem.ANCHOR_MISMATCH,
                                position, eventId, occurredAt);
                    }
                    if (problem != null) {
                        problems++;
                        if (first == null) {
                            first = problem;
                        }
                    }
                    expected = position + 1;
                    previous = entryHash;
                }
            }
        }
        long last = expected - 1;
        if (anchor != null && anchor.position() > last) {
            problems++;
            if (first == null) {
                first = AuditChainVerification.BrokenLink.missing(last + 1, anchor.position(), null, null, null);
            }
        }
        try (var unlinked = connection.prepareStatement("""
                select e.id, e.occurred_at, count(*) over () from audit_event e
                where not exists (select 1 from audit_chain c where c.event_id = e.id)
                order by e.id limit 1
                """);
             ResultSet row = unlinked.executeQuery()) {
            if (row.next()) {
                problems += row.getLong(3);
                if (first == null) {
                    first = AuditChainVerification.BrokenLink.of(AuditChainVerification.Problem.NOT_LINKED, null,
                            row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        }
        return new AuditChainVerification(checked, last, previous, problems, first);
    }

    /**
     * The entry hash of a link, as the database computes it: format 1 without the access fields, format 2 with them
     * (V13_4__audit_access.sql).
     */
    static String hash(MessageDigest digest, int format, long position, long id, Instant occurredAt, String actor,
                       String action, String objectType, String objectId, String detail, String sourceAddress,
                       String personType, String personId, String role, String centreId, String unitId,
                       String purpose, String protectedIdentity, String previousHash) {
        digest.reset();
        field(digest, FORMAT + format);
        field(digest, Long.toString(position));
        field(digest, Long.toString(id));
        field(digest, UTC_MICROS.format(occurredAt));
        field(digest, actor);
        field(digest, action);
        field(digest, objectType);
        field(digest, objectId);
        field(digest, detail);
        field(digest, sourceAddress);
        field(digest, personType);
        field(digest, personId);
        if (format != 1) {
            field(digest, role);
            field(digest, centreId);
            field(digest, unitId);
            field(digest, purpose);
            field(digest, protectedIdentity);
        }
        field(digest, previousHash);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** As PostgreSQL writes a boolean as text, which is how the hash takes it. */
    private static String text(Boolean value) {
        return value == null ? null : value.toString();
    }

    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update(NULL_FIELD);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        digest.update(new byte[]{(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        digest.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 saknas i Java-miljön", e);
        }
    }
}
