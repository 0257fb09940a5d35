package se.samverka.consent;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.platform.Refusal;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.ConsentGiver;
import se.samverka.rules.InformationFlow;
import se.samverka.rules.InformationKind;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The consents recorded on a person in one register (R13c): recorded once, withdrawn by a row of its own, never
 * changed. Every write is audited with the person; reading them is part of reading the person.
 */
@Service
class Consents {

    /** A consent as staff record it, already checked against the form's rules. */
    record NewConsent(Set<InformationFlow> flows, Set<InformationKind> informationKinds,
                      Set<ConsentGiver> givenBy, ConsentPurpose purpose, String purposeText, String childView,
                      GivenHow givenHow, String witness, LocalDate validFrom, LocalDate validTo) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Consents(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's consents, the latest first. */
    List<ConsentRecord> of(long personId) {
        return jdbc.sql("""
                        select c.*, w.withdrawn_on, w.how as withdrawn_how, w.recorded_at as withdrawn_at,
                               w.recorded_by as withdrawn_by
                        from consent c left join consent_withdrawal w on w.consent_id = c.id
                        where c.person_id = :person order by c.valid_from desc, c.id desc
                        """)
                .param("person", personId).query(Consents::row).list();
    }

    /** @param by the username of who records it */
    @Transactional
    long record(Register register, long personId, NewConsent consent, String by) {
        long id = jdbc.sql("""
                        insert into consent (person_id, flows, information_kinds, given_by, purpose, purpose_text,
                                             child_view, given_how, witness, valid_from, valid_to, recorded_at,
                                             recorded_by)
                        values (:person, :flows, :kinds, :givenBy, :purpose, :purposeText, :childView, :givenHow,
                                :witness, :validFrom, :validTo, :at, :by)
                        returning id
                        """)
                .param("person", personId)
                .param("flows", consent.flows().stream().sorted().map(InformationFlow::code).toArray(String[]::new))
                .param("kinds", names(consent.informationKinds()))
                .param("givenBy", names(consent.givenBy())).param("purpose", consent.purpose().name())
                .param("purposeText", consent.purposeText()).param("childView", consent.childView())
                .param("givenHow", consent.givenHow().name()).param("witness", consent.witness())
                .param("validFrom", consent.validFrom()).param("validTo", consent.validTo())
                .param("at", Timestamp.from(clock.instant())).param("by", by)
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, PersonRegister.AUDIT_TYPE, personId, "personregister "
                + register.auditScope() + ": samtycke " + id + " registrerat, " + consent.validFrom() + "–"
                + consent.validTo(), register.access(personId, protectedIdentity(personId), AccessPurpose.CONSENT));
        return id;
    }

    /** Stops the consent for disclosures from {@code on}; those before stay as they were. */
    @Transactional
    void withdraw(Register register, long personId, long consentId, LocalDate on, GivenHow how, String by) {
        ConsentRecord consent = of(personId).stream().filter(c -> c.id() == consentId).findFirst()
                .orElseThrow(() -> Refusal.absent("consent.consent.refused.unknown"));
        if (consent.withdrawal() != null) {
            throw new Refusal("consent.consent.refused.withdrawn", consent.withdrawal().withdrawnOn());
        }
        try {
            jdbc.sql("""
                            insert into consent_withdrawal (consent_id, withdrawn_on, how, recorded_at, recorded_by)
                            values (:consent, :on, :how, :at, :by)
                            """)
                    .param("consent", consentId).param("on", on).param("how", how.name())
                    .param("at", Timestamp.from(clock.instant())).param("by", by)
                    .update();
        } catch (DuplicateKeyException withdrawnMeanwhile) {
            throw new Refusal("consent.consent.refused.withdrawn", on);
        }
        audit.record(AuditAction.UPDATE, PersonRegister.AUDIT_TYPE, personId, "personregister "
                + register.auditScope() + ": samtycke " + consentId + " återkallat " + on,
                register.access(personId, protectedIdentity(personId), AccessPurpose.CONSENT));
    }

    /** A written consent's signed form as scanned. */
    record SignedForm(byte[] content, String filename) {
    }

    /**
     * Attaches the signed form to a written consent of the person; once, since the form is evidence of the consent
     * and is never replaced.
     */
    @Transactional
    void attachSignedForm(Register register, long personId, long consentId, byte[] pdf, String filename, String by) {
        ConsentRecord consent = of(personId).stream().filter(c -> c.id() == consentId).findFirst()
                .orElseThrow(() -> Refusal.absent("consent.consent.refused.unknown"));
        if (consent.givenHow() != GivenHow.WRITTEN) {
            throw new Refusal("consent.signed-form.refused.oral");
        }
        String sha256 = sha256(pdf);
        try {
            jdbc.sql("""
                            insert into consent_signed_form (consent_id, content, sha256, filename, recorded_at,
                                                             recorded_by)
                            values (:consent, :content, :sha256, :filename, :at, :by)
                            """)
                    .param("consent", consentId).param("content", pdf).param("sha256", sha256)
                    .param("filename", filename).param("at", Timestamp.from(clock.instant())).param("by", by)
                    .update();
        } catch (DuplicateKeyException attachedBefore) {
            throw new Refusal("consent.signed-form.refused.attached");
        }
        audit.record(AuditAction.UPDATE, PersonRegister.AUDIT_TYPE, personId, "personregister "
                + register.auditScope() + ": samtycke " + consentId + ", undertecknat formulär bifogat (SHA-256 "
                + sha256 + ")", register.access(personId, protectedIdentity(personId), AccessPurpose.CONSENT));
    }

    /** The consents of the person that have their signed form attached. */
    Set<Long> withSignedForm(long personId) {
        return Set.copyOf(jdbc.sql("""
                        select f.consent_id from consent_signed_form f join consent c on c.id = f.consent_id
                        where c.person_id = :person""")
                .param("person", personId).query(Long.class).list());
    }

    /** The signed form of the person's consent, read and audited. */
    @Transactional
    Optional<SignedForm> signedForm(Register register, long personId, long consentId) {
        Optional<SignedForm> form = jdbc.sql("""
                        select f.content, f.filename from consent_signed_form f join consent c on c.id = f.consent_id
                        where f.consent_id = :consent and c.person_id = :person""")
                .param("consent", consentId).param("person", personId)
                .query((rs, row) -> new SignedForm(rs.getBytes("content"), rs.getString("filename"))).optional();
        form.ifPresent(found -> audit.record(AuditAction.READ, PersonRegister.AUDIT_TYPE, personId, "personregister "
                + register.auditScope() + ": samtycke " + consentId + ", undertecknat formulär öppnat",
                register.access(personId, protectedIdentity(personId), AccessPurpose.CONSENT)));
        return form;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 saknas i Java-miljön", e);
        }
    }

    private boolean protectedIdentity(long personId) {
        return jdbc.sql("select protected_identity from person where id = :id").param("id", personId)
                .query(Boolean.class).single();
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    private static Set<InformationFlow> flows(Array stored) throws SQLException {
        return Arrays.stream((String[]) stored.getArray())
                .map(code -> InformationFlow.parse(code).orElseThrow(() -> new IllegalStateException(
                        "consent.flows holds " + code)))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static ConsentRecord row(ResultSet rs, int row) throws SQLException {
        java.sql.Date withdrawnOn = rs.getDate("withdrawn_on");
        return new ConsentRecord(rs.getLong("id"), rs.getLong("person_id"),
                flows(rs.getArray("flows")),
                values(rs.getArray("information_kinds"), InformationKind.class),
                values(rs.getArray("given_by"), ConsentGiver.class),
                ConsentPurpose.valueOf(rs.getString("purpose")), rs.getString("purpose_text"),
                rs.getString("child_view"), GivenHow.valueOf(rs.getString("given_how")), rs.getString("witness"),
                rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_to").toLocalDate(),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
                withdrawnOn == null ? null : new ConsentRecord.Withdrawal(withdrawnOn.toLocalDate(),
                        GivenHow.valueOf(rs.getString("withdrawn_how")), rs.getTimestamp("withdrawn_at").toInstant(),
                        rs.getString("withdrawn_by")));
    }

    private static <E extends Enum<E>> Set<E> values(Array array, Class<E> type) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(name -> Enum.valueOf(type, name))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }
}
