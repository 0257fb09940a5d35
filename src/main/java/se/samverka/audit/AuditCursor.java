package se.samverka.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A place in the review's order (time, then id), written in a link as microseconds since 1970 and the id. */
record AuditCursor(Instant occurredAt, long id) {

    String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt) + "-" + id;
    }

    static Optional<AuditCursor> parse(String token) {
        if (token == null || !token.matches("-?[0-9]{1,18}-[0-9]{1,18}")) {
            return Optional.empty();
        }
        int dash = token.indexOf('-', 1);
        long micros = Long.parseLong(token.substring(0, dash));
        return Optional.of(new AuditCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS),
                Long.parseLong(token.substring(dash + 1))));
    }
}
