package se.samverka.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * A link of the chain noted down outside Samverka: its position and hash, written {@code 1234:3f5a…}. A later
 * verification against it shows whether the log was rewritten up to that link or shortened before it, which the
 * chain alone cannot show against someone who can write the database as its owner.
 */
public record AuditAnchor(long position, String hash) {

    public static Optional<AuditAnchor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String anchor = text.trim().toLowerCase(Locale.ROOT);
        if (!anchor.matches("[0-9]{1,18}:[0-9a-f]{64}")) {
            return Optional.empty();
        }
        int colon = anchor.indexOf(':');
        long position = Long.parseLong(anchor.substring(0, colon));
        return position < 1 ? Optional.empty() : Optional.of(new AuditAnchor(position, anchor.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return position + ":" + hash;
    }
}
