package se.samverka.directory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.audit.AuditPerson;
import se.samverka.platform.Refusal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What visitors report about the accessibility of the public pages, kept for the county. The e-mail address a visitor
 * may leave is personal data: writing it, reading the list that shows it and clearing it are audited, with the item
 * as the person's reference, and it is never written to the application's log.
 */
@Service
class AccessibilityFeedback {

    static final String AUDIT_TYPE = "accessibility-feedback";
    /** The person an e-mail address belongs to, known only as the sender of one item. */
    static final String AUDIT_PERSON = "accessibility-feedback-sender";
    /** Who the audit log names for a visitor, who is not signed in. */
    static final String VISITOR = "besökare";

    /** Feedback as sent, once valid: the problem, and the page and e-mail address when given (else null). */
    record Sent(String problem, String page, String email, Language language) {
    }

    record Item(long id, LocalDateTime receivedAt, String language, String problem, String page, String email,
                LocalDateTime handledAt, String handledBy, int version) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AccessibilityFeedback(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long store(Sent sent) {
        long id = jdbc.sql("""
                        insert into accessibility_feedback (received_at, language, problem, page, email)
                        values (:at, :language, :problem, :page, :email) returning id""")
                .param("at", Timestamp.from(clock.instant()))
                .param("language", sent.language().tag())
                .param("problem", sent.problem())
                .param("page", sent.page())
                .param("email", sent.email())
                .query(Long.class).single();
        if (sent.email() == null) {
            audit.record(VISITOR, AuditAction.CREATE, AUDIT_TYPE, id, "synpunkt på tillgängligheten");
        } else {
            audit.record(VISITOR, AuditAction.CREATE, AUDIT_TYPE, id,
                    "synpunkt på tillgängligheten, med e-postadress", AuditPerson.of(AUDIT_PERSON, id));
        }
        return id;
    }

    /** Every item, newest first; the read of the e-mail addresses shown is audited, one entry per sender. */
    @Transactional
    List<Item> list() {
        List<Item> items = jdbc.sql("""
                        select id, received_at, language, problem, page, email, handled_at, handled_by, version
                        from accessibility_feedback order by received_at desc, id desc""")
                .query((rs, row) -> new Item(rs.getLong("id"), local(rs.getTimestamp("received_at")),
                        rs.getString("language"), rs.getString("problem"), rs.getString("page"),
                        rs.getString("email"), local(rs.getTimestamp("handled_at")), rs.getString("handled_by"),
                        rs.getInt("version")))
                .list();
        items.stream().filter(i -> i.email() != null).forEach(i ->
                audit.read(AUDIT_TYPE, i.id(), "e-postadress i listan över synpunkter", AuditPerson.of(AUDIT_PERSON,
                        i.id())));
        return items;
    }

    @Transactional
    void markHandled(long id, int expectedVersion, String by) {
        int version = jdbc.sql("select version from accessibility_feedback where id = :id for update")
                .param("id", id).query(Integer.class).optional()
                .orElseThrow(() -> Refusal.absent("directory.feedback.refused.absent"));
        if (version != expectedVersion) {
            throw new OptimisticLockingFailureException("accessibility_feedback " + id + " is at version " + version);
        }
        int changed = jdbc.sql("""
                        update accessibility_feedback set handled_at = :at, handled_by = :by, version = version + 1
                        where id = :id and handled_at is null""")
                .param("at", Timestamp.from(clock.instant())).param("by", by).param("id", id)
                .update();
        if (changed == 0) {
            throw new Refusal("directory.feedback.refused.handled");
        }
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "hanterad");
    }

    /** Clears the e-mail addresses of items received before {@code before}; the rest of each item stays. */
    @Transactional
    int clearEmails(Instant before) {
        List<Long> ids = jdbc.sql("""
                        update accessibility_feedback set email = null
                        where email is not null and received_at < :before returning id""")
                .param("before", Timestamp.from(before))
                .query(Long.class).list();
        ids.forEach(id -> audit.record(AuditAction.DELETE, AUDIT_TYPE, id, "e-postadressen gallrad",
                AuditPerson.of(AUDIT_PERSON, id)));
        return ids.size();
    }

    private LocalDateTime local(Timestamp timestamp) {
        return timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), clock.getZone());
    }
}
