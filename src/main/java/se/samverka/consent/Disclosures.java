package se.samverka.consent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.organisation.UnitSummary;
import se.samverka.platform.Refusal;
import se.samverka.platform.Texts;
import se.samverka.rules.ConsentTerms;
import se.samverka.rules.DataSubject;
import se.samverka.rules.DisclosureDecision;
import se.samverka.rules.DisclosureDecision.LegalBasisKind;
import se.samverka.rules.DisclosureReason;
import se.samverka.rules.InformationKind;
import se.samverka.rules.ProposedDisclosure;
import se.samverka.rules.R13a;
import se.samverka.rules.SecrecyBreakingGround;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Disclosures from one operation's register to another operation at the same centre (R13a, R13b): decided on the
 * person's consents as they stand on the day, or on a secrecy-breaking rule from the catalogue with the reason in
 * the individual case. An allowed disclosure is recorded with its basis and puts the person in the receiving
 * register; a refused one is recorded with its reasons. Both are audited with the person.
 */
@Service
class Disclosures {

    /** What staff ask to disclose; {@code ground} is the code of a secrecy-breaking rule in the catalogue, if any. */
    record Request(UnitSummary to, InformationKind informationKind, String what, LocalDate on, String ground,
                   String reason) {
    }

    /** The answer: the disclosure's id when allowed, otherwise the reasons as sentences. */
    record Outcome(Long disclosureId, List<String> reasons) {

        boolean allowed() {
            return disclosureId != null;
        }
    }

    /** A disclosure as the sending or the receiving register shows it. */
    record DisclosureView(long id, boolean sent, long otherUnitId, InformationKind informationKind, String what,
                          LocalDate disclosedOn, LegalBasisKind basis, Long consentId, String legalBasis,
                          String reason, String recordedBy) {
    }

    /** @param reasons the sentences the user was told */
    record RefusalView(LocalDate askedOn, long toUnitId, InformationKind informationKind, List<String> reasons,
                       Instant recordedAt, String recordedBy) {
    }

    private final JdbcClient jdbc;
    private final PersonRegister register;
    private final Consents consents;
    private final LegalBasisCatalogue catalogue;
    private final Persons persons;
    private final AuditLog audit;
    private final Texts texts;
    private final Clock clock;

    Disclosures(JdbcClient jdbc, PersonRegister register, Consents consents, LegalBasisCatalogue catalogue,
                Persons persons, AuditLog audit, Texts texts, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.consents = consents;
        this.catalogue = catalogue;
        this.persons = persons;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** @param by the username of who discloses */
    @Transactional
    Outcome disclose(Register from, long personId, Request request, String by) {
        Person person = register.person(from, personId);
        PersonDetails details = person.details();
        var proposed = new ProposedDisclosure(request.on(), from.operation(), request.to().operation(),
                request.informationKind(), DataSubject.of(details.kind() == PersonKind.CHILD,
                Boolean.TRUE.equals(details.jointCustody())));
        List<ConsentRecord> recorded = consents.of(personId);
        List<ConsentTerms> terms = recorded.stream().map(ConsentRecord::terms).toList();
        Optional<LegalBasis> rule = request.ground() == null ? Optional.empty()
                : catalogue.history(request.ground()).stream().findFirst();
        if (request.ground() != null && (rule.isEmpty() || rule.get().retired()
                || rule.get().kind() != LegalBasisKind.SECRECY_BREAKING_RULE)) {
            throw new Refusal("consent.disclosure.refused.no-such-rule", request.ground());
        }
        DisclosureDecision decision = R13a.RULE.decide(proposed, terms,
                rule.map(r -> new SecrecyBreakingGround(r.code(), request.reason())));
        String statute = rule.map(LegalBasis::statute).orElse(null);
        List<String> reasons = decision.reasons().stream()
                .map(reason -> texts.disclosureReason(reason, proposed, terms,
                        recorded.stream().map(ConsentRecord::id).toList(), statute)).toList();
        Timestamp at = Timestamp.from(clock.instant());
        if (!decision.allowed()) {
            jdbc.sql("""
                            insert into disclosure_refusal (person_id, to_unit_id, information_kind, asked_on, reasons,
                                                            recorded_at, recorded_by)
                            values (:person, :to, :kind, :on, :reasons, :at, :by)
                            """)
                    .param("person", personId).param("to", request.to().id())
                    .param("kind", request.informationKind().name()).param("on", request.on())
                    .param("reasons", reasons.toArray(String[]::new))
                    .param("at", at).param("by", by).update();
            audit.record(AuditAction.CREATE, PersonRegister.AUDIT_TYPE, personId, "personregister "
                    + from.auditScope() + ": utlämnande till " + request.to().operation() + " nekat ("
                    + String.join(", ", decision.reasons().stream().map(DisclosureReason::code).toList()) + ")",
                    from.access(personId, person.protectedIdentity(), AccessPurpose.DISCLOSURE));
            return new Outcome(null, reasons);
        }
        Long consentId = decision.basis() == LegalBasisKind.CONSENT
                ? recorded.get(decision.reasons().getFirst().consent()).id() : null;
        LegalBasis basis = rule.orElseGet(() -> catalogue.history("CONSENT").getFirst());
        long receiving = register.receive(from, person, request.to());
        long id = jdbc.sql("""
                        insert into disclosure (person_id, receiving_person_id, information_kind, what, disclosed_on,
                                                basis, consent_id, legal_basis_code, legal_basis_version, reason,
                                                recorded_at, recorded_by)
                        values (:person, :receiving, :kind, :what, :on, :basis, :consent, :code, :version, :reason,
                                :at, :by)
                        returning id
                        """)
                .param("person", personId).param("receiving", receiving)
                .param("kind", request.informationKind().name()).param("what", request.what())
                .param("on", request.on()).param("basis", decision.basis().name()).param("consent", consentId)
                .param("code", basis.code()).param("version", basis.version())
                .param("reason", rule.isPresent() ? request.reason().strip() : null)
                .param("at", at).param("by", by)
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, PersonRegister.AUDIT_TYPE, personId, "personregister " + from.auditScope()
                + ": uppgifter lämnade till " + request.to().operation() + " (utlämnande " + id + ", "
                + basis.code() + " version " + basis.version() + ")",
                from.access(personId, person.protectedIdentity(), AccessPurpose.DISCLOSURE));
        audit.record(AuditAction.CREATE, PersonRegister.AUDIT_TYPE, receiving, "personregister familjecentral "
                + from.centreId() + ", enhet " + request.to().id() + " (" + request.to().operation()
                + "): uppgifter mottagna från " + from.operation() + " (utlämnande " + id + ")",
                Register.access(from.centreId(), request.to().id(), receiving, person.protectedIdentity(),
                        AccessPurpose.DISCLOSURE));
        return new Outcome(id, reasons);
    }

    /** What the person's record has sent and received, the latest first; part of reading the person. */
    List<DisclosureView> of(long personId) {
        return jdbc.sql("""
                        select d.*, d.person_id = :person as sent, lb.statute,
                               case when d.person_id = :person then r.unit_id else s.unit_id end as other_unit
                        from disclosure d
                        join person s on s.id = d.person_id
                        join person r on r.id = d.receiving_person_id
                        join legal_basis_version lb on lb.code = d.legal_basis_code
                                                   and lb.version = d.legal_basis_version
                        where d.person_id = :person or d.receiving_person_id = :person
                        order by d.disclosed_on desc, d.id desc
                        """)
                .param("person", personId)
                .query((rs, row) -> new DisclosureView(rs.getLong("id"), rs.getBoolean("sent"),
                        rs.getLong("other_unit"),
                        InformationKind.valueOf(rs.getString("information_kind")), rs.getString("what"),
                        rs.getDate("disclosed_on").toLocalDate(), LegalBasisKind.valueOf(rs.getString("basis")),
                        (Long) rs.getObject("consent_id"), rs.getString("statute"), rs.getString("reason"),
                        rs.getString("recorded_by")))
                .list();
    }

    List<RefusalView> refusals(long personId) {
        return jdbc.sql("select * from disclosure_refusal where person_id = :person order by id desc")
                .param("person", personId)
                .query((rs, row) -> new RefusalView(rs.getDate("asked_on").toLocalDate(),
                        rs.getLong("to_unit_id"),
                        InformationKind.valueOf(rs.getString("information_kind")),
                        List.of((String[]) rs.getArray("reasons").getArray()),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
                .list();
    }
}
