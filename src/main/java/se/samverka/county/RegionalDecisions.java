package se.samverka.county;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The decisions about the regional agreement: recorded by the county administrator, read for lists and the timeline
 * (without the documents' bytes), and a decision's document on its own.
 */
@Component
class RegionalDecisions {

    static final String AUDIT_TYPE = "regional_decision";

    private static final String COLUMNS = """
            id, principal_id, body, body_kind, decided_on, until_on, paragraph, diary_number, outcome, decision,
            signatory, document_name""";

    /** A party's decision to record, without its document. */
    record NewDecision(long principalId, String body, BodyKind bodyKind, LocalDate decidedOn, String paragraph,
                       String diaryNumber, DecisionOutcome outcome, String decision, String signatory) {
    }

    /** A decision's document as stored. */
    record Document(String name, byte[] content, String sha256) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RegionalDecisions(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the decision, with its document when there is one; the change is audited. */
    @Transactional
    long record(NewDecision decision, String documentName, byte[] document, String recordedBy) {
        long id = jdbc.sql("""
                        insert into regional_decision (principal_id, body, body_kind, decided_on, paragraph, diary_number,
                            outcome, decision, signatory, document_name, document, document_sha256, recorded_by,
                            recorded_at)
                        values (:principal, :body, :bodyKind, :decidedOn, :paragraph, :diaryNumber, :outcome, :decision,
                            :signatory, :documentName, :document, :sha256, :recordedBy, :recordedAt)
                        returning id""")
                .param("principal", decision.principalId())
                .param("body", decision.body())
                .param("bodyKind", decision.bodyKind().name())
                .param("decidedOn", decision.decidedOn())
                .param("paragraph", decision.paragraph())
                .param("diaryNumber", decision.diaryNumber())
                .param("outcome", decision.outcome().name())
                .param("decision", decision.decision())
                .param("signatory", decision.signatory())
                .param("documentName", document == null ? null : documentName)
                .param("document", document)
                .param("sha256", document == null ? null : HexFormat.of().formatHex(sha256(document)))
                .param("recordedBy", recordedBy)
                .param("recordedAt", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, "beslut om samverkansavtalet: " + decision.outcome().name()
                + (document == null ? "" : ", med dokument"));
        return id;
    }

    Optional<Document> document(long id) {
        return jdbc.sql("select document_name, document, document_sha256 from regional_decision "
                        + "where id = :id and document is not null")
                .param("id", id)
                .query((rs, row) -> new Document(rs.getString(1), rs.getBytes(2), rs.getString(3)))
                .optional();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every decision in the order they were taken. */
    List<RegionalDecision> all() {
        return jdbc.sql("select " + COLUMNS + " from regional_decision order by decided_on, id")
                .query(RegionalDecisions::decision).list();
    }

    List<RegionalDecision> ofParty(long principalId) {
        return jdbc.sql("select " + COLUMNS + " from regional_decision where principal_id = :principal "
                        + "order by decided_on, id")
                .param("principal", principalId)
                .query(RegionalDecisions::decision).list();
    }

    private static RegionalDecision decision(ResultSet rs, int row) throws SQLException {
        return new RegionalDecision(rs.getLong("id"), rs.getObject("principal_id", Long.class), rs.getString("body"),
                BodyKind.valueOf(rs.getString("body_kind")), rs.getObject("decided_on", LocalDate.class),
                rs.getObject("until_on", LocalDate.class), rs.getString("paragraph"), rs.getString("diary_number"),
                DecisionOutcome.valueOf(rs.getString("outcome")), rs.getString("decision"),
                rs.getString("signatory"), rs.getString("document_name"));
    }
}
