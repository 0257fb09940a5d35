package se.samverka.audit;

/**
 * Whether the signed-in user may review and verify the audit log now. Implemented by the module that knows the
 * user's current grants, and asked on every request, so a removed role or a disabled account takes effect at once.
 */
public interface AuditReviewers {

    boolean mayReview();
}
