package se.samverka.agreement.document;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One event of the evidence report. {@code account} is null for the system itself, {@code sourceAddress} when the
 * event did not come over the network.
 */
public record AuditEntry(Instant at, String event, String who, String account, String sourceAddress) {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss xxx");

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(who, "who");
    }

    /** The day in Sweden, "2026-12-02". */
    public String date() {
        return DATE.format(at.atZone(SWEDEN));
    }

    /** The time in Sweden with its offset from UTC, "17:38:45 +01:00". */
    public String time() {
        return TIME.format(at.atZone(SWEDEN));
    }
}
