package se.samverka.audit;

import java.time.LocalDateTime;

/** An audit entry as the review shows it: Swedish labels and the names of the actor, the object and the person. */
record AuditEntry(long id, LocalDateTime time, String actor, AuditAction action, String object, String objectType,
                  String objectId, String person, String detail, String sourceAddress) {
}
