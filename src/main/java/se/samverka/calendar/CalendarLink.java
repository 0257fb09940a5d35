package se.samverka.calendar;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A subscription link: whose it is, the SHA-256 of its secret, and when it was revoked, if it was. */
@Table("calendar_link")
record CalendarLink(@Id Long id, String username, String tokenSha256, Instant createdAt, Instant revokedAt) {

    CalendarLink revoked(Instant at) {
        return new CalendarLink(id, username, tokenSha256, createdAt, at);
    }

    boolean active() {
        return revokedAt == null;
    }
}
