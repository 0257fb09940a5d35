package se.samverka.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;

/**
 * Records who did what to which object, and whose personal data it concerned. Runs in the caller's transaction, so
 * an event is stored exactly when the change it describes is; the database links it into the hash chain when that
 * transaction commits (see {@link AuditChain}).
 */
@Service
public class AuditLog {

    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(AuditAction action, String objectType, Object objectId, String detail) {
        record(actor(), action, objectType, objectId, detail, null);
    }

    /** An event about {@code person}'s personal data; {@code person} may be null. */
    @Transactional
    public void record(AuditAction action, String objectType, Object objectId, String detail, AuditPerson person) {
        record(actor(), action, objectType, objectId, detail, person);
    }

    /** For events where the actor is not (yet) the signed-in user, such as a sign-in. */
    @Transactional
    public void record(String actor, AuditAction action, String objectType, Object objectId, String detail) {
        record(actor, action, objectType, objectId, detail, null);
    }

    @Transactional
    public void record(String actor, AuditAction action, String objectType, Object objectId, String detail,
                       AuditPerson person) {
        insert(actor, action, objectType, objectId, detail, person, null);
    }

    /** An access to a person's data with its role, centre, unit and purpose, for the log review. */
    @Transactional
    public void record(AuditAction action, String objectType, Object objectId, String detail, AuditAccess access) {
        insert(actor(), action, objectType, objectId, detail, access.person(), access);
    }

    private void insert(String actor, AuditAction action, String objectType, Object objectId, String detail,
                        AuditPerson person, AuditAccess access) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor, action, object_type, object_id, detail,
                                                 source_address, person_type, person_id, actor_role, centre_id,
                                                 unit_id, purpose, protected_identity)
                        values (:occurredAt, :actor, :action, :objectType, :objectId, :detail, :source, :personType,
                                :personId, :role, :centre, :unit, :purpose, :protected)
                        """)
                .param("occurredAt", java.sql.Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("action", action.name())
                .param("objectType", objectType)
                .param("objectId", objectId == null ? null : objectId.toString())
                .param("detail", detail)
                .param("source", sourceAddress())
                .param("personType", person == null ? null : person.type())
                .param("personId", person == null ? null : person.id())
                .param("role", access == null ? null : access.role())
                .param("centre", access == null ? null : access.centreId())
                .param("unit", access == null ? null : access.unitId())
                .param("purpose", access == null ? null : access.purpose())
                .param("protected", access == null ? null : access.protectedIdentity())
                .update();
    }

    public void read(String objectType, Object objectId, String what) {
        record(AuditAction.READ, objectType, objectId, what);
    }

    /** A read of {@code person}'s personal data. */
    public void read(String objectType, Object objectId, String what, AuditPerson person) {
        record(AuditAction.READ, objectType, objectId, what, person);
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    private static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
