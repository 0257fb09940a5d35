package se.samverka.platform;

import java.time.Instant;
import java.util.Optional;

/**
 * The latest change of an object as the audit log recorded it, to tell a user whose edit came too late what
 * happened meanwhile. Objects are named as in the audit log: a type such as {@code "plan"} and an id.
 */
public interface ChangeHistory {

    Optional<Change> latest(String objectType, Object objectId);

    /** Who made the change (a name to show), when, and what it was, in Swedish. */
    record Change(String by, Instant at, String detail) {
    }
}
