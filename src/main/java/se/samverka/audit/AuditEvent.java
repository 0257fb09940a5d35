package se.samverka.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

public record AuditEvent(long id, Instant occurredAt, String actor, AuditAction action, String objectType,
                         String objectId, String detail, String sourceAddress, String personType, String personId, String role,
                         Long centreId, Long unitId, String purpose, Boolean protectedIdentity) {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** When it happened, in Swedish time. */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(occurredAt, SWEDEN);
    }

    AuditCursor cursor() {
        return new AuditCursor(occurredAt, id);
    }
}
