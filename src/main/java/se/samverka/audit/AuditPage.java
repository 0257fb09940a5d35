package se.samverka.audit;

import java.util.List;

/** One page of the review, newest first, with where the newer and the older entries go on (null at either end). */
record AuditPage(List<AuditEvent> events, AuditCursor newer, AuditCursor older) {
}
