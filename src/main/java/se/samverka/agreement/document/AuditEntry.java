package se.samverka.agreement.document;

import java.time.Instant;
import java.util.Objects;

/** {@code sourceAddress} is null when the event did not come over the network. */
public record AuditEntry(Instant at, String event, String who, String sourceAddress) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(who, "who");
    }
}
