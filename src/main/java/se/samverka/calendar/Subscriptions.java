package se.samverka.calendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Makes and revokes a user's secret subscription link. The secret is shown once; Samverka keeps only its
 * SHA-256, so a leaked database does not leak the links. A new link revokes the old one.
 */
@Service
class Subscriptions {

    static final String AUDIT_TYPE = "calendar-link";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarLinks links;
    private final AuditLog audit;
    private final Clock clock;

    Subscriptions(CalendarLinks links, AuditLog audit, Clock clock) {
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new secret for the user; their previous link stops working. */
    @Transactional
    public String renew(String username) {
        revoke(username);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarLink link = links.save(new CalendarLink(null, username, sha256(token), clock.instant(), null));
        audit.record(AuditAction.CREATE, AUDIT_TYPE, link.id(), "prenumerationslänk skapad");
        return token;
    }

    @Transactional
    public boolean revoke(String username) {
        Optional<CalendarLink> active = links.findActive(username);
        active.ifPresent(link -> {
            links.save(link.revoked(clock.instant()));
            audit.record(AuditAction.UPDATE, AUDIT_TYPE, link.id(), "prenumerationslänk återkallad");
        });
        return active.isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<CalendarLink> active(String username) {
        return links.findActive(username);
    }

    /** Whose link the secret is, if it is an active one. */
    @Transactional(readOnly = true)
    public Optional<String> owner(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return links.findActiveByToken(sha256(token)).map(CalendarLink::username);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
