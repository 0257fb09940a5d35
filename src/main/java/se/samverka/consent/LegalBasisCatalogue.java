package se.samverka.consent;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.identity.Actors;
import se.samverka.platform.Refusal;
import se.samverka.rules.DisclosureDecision.LegalBasisKind;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * The catalogue of legal bases, which the county's administrator maintains (Samverka records and shows; it does not
 * decide for the lawyer). Every change is a new version of its code, so a disclosure can keep the version it used.
 */
@Service
class LegalBasisCatalogue {

    static final String AUDIT_TYPE = "legal_basis";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Actors actors;
    private final Clock clock;

    LegalBasisCatalogue(JdbcClient jdbc, AuditLog audit, Actors actors, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.actors = actors;
        this.clock = clock;
    }

    /** The latest version of every code, the ones in use first, each group by code. */
    @Transactional(readOnly = true)
    public List<LegalBasis> current() {
        return jdbc.sql("""
                        select distinct on (code) * from legal_basis_version
                        order by code, version desc
                        """).query(LegalBasisCatalogue::row).list().stream()
                .sorted(Comparator.comparing(LegalBasis::retired).thenComparing(LegalBasis::code))
                .toList();
    }

    /** The secrecy-breaking rules a disclosure may be made under now: the latest versions not retired. */
    @Transactional(readOnly = true)
    public List<LegalBasis> secrecyBreakingRules() {
        return current().stream()
                .filter(basis -> !basis.retired() && basis.kind() == LegalBasisKind.SECRECY_BREAKING_RULE)
                .toList();
    }

    /** Every version of the code, the latest first; empty when there is no such code. */
    @Transactional(readOnly = true)
    public List<LegalBasis> history(String code) {
        return jdbc.sql("select * from legal_basis_version where code = :code order by version desc")
                .param("code", code).query(LegalBasisCatalogue::row).list();
    }

    @Transactional
    public void add(String code, LegalBasis.Text text) {
        if (!LegalBasis.CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code " + code);
        }
        try {
            insert(code, 1, text, false);
        } catch (DuplicateKeyException taken) {
            throw new Refusal("consent.legal-basis.refused.exists", code);
        }
        audit.record(AuditAction.CREATE, AUDIT_TYPE, code, "rättslig grund tillagd: " + text.statute());
    }

    /** A new version with the text, when {@code expectedVersion} is still the latest. */
    @Transactional
    public void change(String code, int expectedVersion, LegalBasis.Text text) {
        latest(code, expectedVersion);
        insertNext(code, expectedVersion, text, false);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, code, "ny version " + (expectedVersion + 1) + ": "
                + text.statute());
    }

    /** A new version that retires the entry: it stays readable, and no new disclosure can use it. */
    @Transactional
    public void retire(String code, int expectedVersion) {
        LegalBasis latest = latest(code, expectedVersion);
        insertNext(code, expectedVersion, latest.text(), true);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, code, "avvecklad i version " + (expectedVersion + 1));
    }

    private LegalBasis latest(String code, int expectedVersion) {
        List<LegalBasis> versions = history(code);
        if (versions.isEmpty()) {
            throw Refusal.absent("consent.legal-basis.refused.unknown", code);
        }
        LegalBasis latest = versions.getFirst();
        if (latest.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("legal basis " + code + " changed meanwhile");
        }
        if (latest.retired()) {
            throw new Refusal("consent.legal-basis.refused.retired", code);
        }
        return latest;
    }

    private void insertNext(String code, int expectedVersion, LegalBasis.Text text, boolean retired) {
        try {
            insert(code, expectedVersion + 1, text, retired);
        } catch (DuplicateKeyException changedMeanwhile) {
            throw new OptimisticLockingFailureException("legal basis " + code + " changed meanwhile", changedMeanwhile);
        }
    }

    private void insert(String code, int version, LegalBasis.Text text, boolean retired) {
        jdbc.sql("""
                        insert into legal_basis_version (code, version, kind, statute, title, explanation, retired,
                                                         recorded_at, recorded_by)
                        values (:code, :version, :kind, :statute, :title, :explanation, :retired, :at, :by)
                        """)
                .param("code", code).param("version", version).param("kind", text.kind().name())
                .param("statute", text.statute()).param("title", text.title())
                .param("explanation", text.explanation()).param("retired", retired)
                .param("at", Timestamp.from(clock.instant())).param("by", actors.require().username())
                .update();
    }

    private static LegalBasis row(ResultSet rs, int row) throws SQLException {
        return new LegalBasis(rs.getString("code"), rs.getInt("version"), LegalBasisKind.valueOf(rs.getString("kind")),
                rs.getString("statute"), rs.getString("title"), rs.getString("explanation"), rs.getBoolean("retired"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }
}
