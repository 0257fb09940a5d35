package se.samverka.agreement;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreView;
import se.samverka.platform.Refusal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Drafting, sending, signing and amending local agreements. Does not authorise: the pages decide with
 * {@link AgreementAccess} first. Every state change is recorded on the version and in the audit log in
 * the transaction of the change.
 */
@Service
class LocalAgreements {

    static final String AUDIT_TYPE = "agreement";

    private final Agreements agreements;
    private final AgreementEvents events;
    private final AgreementFiles files;
    private final CentreRegistry registry;
    private final AgreementDocuments documents;
    private final AgreementComposer composer;
    private final AgreementChecks checks;
    private final SigningStep signing;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    LocalAgreements(Agreements agreements, AgreementEvents events, AgreementFiles files, CentreRegistry registry, AgreementDocuments documents,
                    AgreementComposer composer, AgreementChecks checks, SigningStep signing, AuditLog audit, Clock clock,
                    ApplicationEventPublisher publisher) {
        this.agreements = agreements;
        this.events = events;
        this.files = files;
        this.registry = registry;
        this.documents = documents;
        this.composer = composer;
        this.checks = checks;
        this.signing = signing;
        this.audit = audit;
        this.clock = clock;
        this.publisher = publisher;
    }

    @Transactional
    public long start(long centreId, AgreementKind kind, DraftInput draft, Origin origin) {
        Agreement agreement = store(Agreement.draft(centreId, kind, draft.terms(), draft.texts(),
                draft.parties(), origin.now(clock)));
        audit.record(AuditAction.CREATE, AUDIT_TYPE, agreement.id(), "version 1, utkast");
        return agreement.id();
    }

    @Transactional
    public void edit(long id, int expectedVersion, DraftInput draft, Origin origin) {
        Agreement agreement = load(id);
        agreement.edit(draft.terms(), draft.texts(), draft.parties(), expectedVersion, origin.now(clock));
        store(agreement);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "utkast ändrat");
    }

    /**
     * Freezes the draft and sends it to one signatory per party. Refused while the draft has a deficiency
     * that is a requirement (R15b, every base operation a party).
     */
    @Transactional
    public void send(long id, int expectedVersion, List<Agreement.Signatory> signatories, Origin origin) {
        Agreement agreement = load(id);
        CentreView centre = centre(agreement);
        if (checks.blocksSending(agreement, centre)) {
            throw new Refusal("agreement.refused.not-ready");
        }
        List<ComposedSection> sections = composer.compose(agreement, centre);
        byte[] pdf = documents.pdf(agreement, AgreementComposer.facts(centre),
                sections.stream().map(ComposedSection::frozen).toList(), signatories);
        agreement.send(signatories, sections.stream().map(ComposedSection::frozen).toList(), AgreementDocuments.sha256(pdf),
                expectedVersion, origin.now(clock));
        store(agreement);
        files.storeSent(id, pdf);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "skickat för underskrift till " + signatories.size() + " parter");
        publisher.publishEvent(new AgreementSent(id, agreement.centreId(), agreement.kind(), agreement.number(),
                origin.actor(), signatories.stream().map(Agreement.Signatory::username).toList(), agreement.startsOn()));
    }

    @Transactional
    public void recall(long id, int expectedVersion, Origin origin) {
        Agreement agreement = load(id);
        agreement.recall(expectedVersion, origin.now(clock));
        store(agreement);
        files.forget(id);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "återkallat till utkast");
    }

    /** Records that a named signatory opened the version; anyone else's reading is only audited. */
    @Transactional
    public void viewed(long id, Origin origin) {
        Agreement agreement = load(id);
        if (agreement.view(origin.now(clock))) {
            store(agreement);
        }
        audit.read(AUDIT_TYPE, id, "avtal");
    }

    /**
     * The signatory signs through the configured {@link SigningStep}. When that is the last signature the
     * document gets its audit page and the system's seal, and the version it amends is superseded.
     */
    @Transactional
    public boolean sign(long id, SigningStep.Confirmation confirmation, Origin origin) {
        Agreement agreement = load(id);
        signing.verify(agreement.documentSha256(), origin.actor(), confirmation);
        List<Party> before = List.copyOf(agreement.parties());
        boolean complete = agreement.sign(confirmation.sha256(), confirmation.place(), confirmation.title(),
                origin.now(clock));
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "undertecknat för en part");
        Party signed = agreement.parties().stream().filter(p -> p.hasSigned() && !before.contains(p)).findFirst()
                .orElseThrow();
        String sentBy = sender(id);
        publisher.publishEvent(new AgreementSigned(id, agreement.centreId(), agreement.kind(), agreement.number(),
                sentBy, signed.name(), signed.signatoryName(), complete));
        if (complete) {
            agreement.sealed(origin.now(clock));
            store(agreement);
            byte[] sent = files.sent(id).orElseThrow();
            CentreView centre = centre(agreement);
            byte[] sealed = documents.sealed(agreement, AgreementComposer.facts(centre), sent, events.of(id));
            files.storeSealed(id, sealed);
            agreements.findBySeriesOrderByNumber(agreement.series()).stream()
                    .filter(v -> v.status() == AgreementStatus.SIGNED && v.number() < agreement.number())
                    .forEach(previous -> {
                        previous.supersede(agreement.number(), origin.now(clock));
                        store(previous);
                        audit.record(AuditAction.UPDATE, AUDIT_TYPE, previous.id(),
                                "ersatt av version " + agreement.number());
                    });
            audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "undertecknat av samtliga parter och förseglat");
            publisher.publishEvent(new AgreementSealed(id, agreement.centreId(), agreement.kind(), agreement.number(),
                    sentBy));
        } else {
            store(agreement);
        }
        return complete;
    }

    /** Starts an amendment: the next version as a draft. Only one amendment of a series is open at a time. */
    @Transactional
    public long amend(long id, Origin origin) {
        Agreement agreement = load(id);
        boolean open = agreements.findBySeriesOrderByNumber(agreement.series()).stream()
                .anyMatch(v -> v.status() == AgreementStatus.DRAFT || v.status() == AgreementStatus.SENT);
        if (open) {
            throw new Refusal("agreement.refused.amendment-open");
        }
        Agreement next = store(agreement.amend(origin.now(clock)));
        audit.record(AuditAction.CREATE, AUDIT_TYPE, next.id(), "ändring av version " + agreement.number());
        return next.id();
    }

    @Transactional
    public void terminate(long id, LocalDate noticedOn, Origin origin) {
        Agreement agreement = load(id);
        agreement.terminate(noticedOn, origin.now(clock));
        store(agreement);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "uppsagt " + noticedOn);
    }

    @Transactional(readOnly = true)
    public Optional<Agreement> find(long id) {
        return agreements.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Agreement> ofCentre(long centreId) {
        return agreements.findByCentreIdOrderByCreatedAt(centreId);
    }

    @Transactional(readOnly = true)
    public List<Agreement> series(Agreement agreement) {
        return agreements.findBySeriesOrderByNumber(agreement.series());
    }

    /** The document as it stands: the sealed original, the version sent, or the draft rendered now. */
    @Transactional
    public byte[] pdf(Agreement agreement) {
        audit.read(AUDIT_TYPE, agreement.id(), "avtalet som PDF");
        return switch (agreement.status()) {
            case SIGNED, SUPERSEDED -> files.sealed(agreement.id()).orElseThrow();
            case SENT -> files.sent(agreement.id()).orElseThrow();
            case DRAFT -> {
                CentreView centre = centre(agreement);
                yield documents.pdf(agreement, AgreementComposer.facts(centre), composer.compose(agreement, centre)
                        .stream().map(ComposedSection::frozen).toList(), null);
            }
        };
    }

    /** The version as sent and signed, once every party has signed; before that there is none. */
    @Transactional
    public Optional<byte[]> signedVersion(Agreement agreement) {
        if (agreement.status() != AgreementStatus.SIGNED && agreement.status() != AgreementStatus.SUPERSEDED) {
            return Optional.empty();
        }
        audit.read(AUDIT_TYPE, agreement.id(), "versionen som undertecknades, som PDF");
        return files.sent(agreement.id());
    }

    @Transactional
    public byte[] docx(Agreement agreement) {
        audit.read(AUDIT_TYPE, agreement.id(), "avtalet som DOCX");
        CentreView centre = centre(agreement);
        List<FrozenSection> sections = agreement.status() == AgreementStatus.DRAFT
                ? composer.compose(agreement, centre).stream().map(ComposedSection::frozen).toList()
                : agreement.sections();
        return documents.docx(agreement, AgreementComposer.facts(centre), sections);
    }

    /** Two versions shown side by side: both are read. */
    @Transactional
    public void compared(Agreement older, Agreement newer) {
        audit.read(AUDIT_TYPE, older.id(), "jämförd med version " + newer.number());
        audit.read(AUDIT_TYPE, newer.id(), "jämförd med version " + older.number());
    }

    /** The version's history from its log, oldest first. */
    @Transactional(readOnly = true)
    public List<AgreementEvent> history(Agreement agreement) {
        return events.of(agreement.id());
    }

    CentreView centre(Agreement agreement) {
        return registry.view(agreement.centreId()).orElseThrow();
    }

    Optional<CentreView> centreView(long centreId) {
        return registry.view(centreId);
    }

    /** Who sent the version for signature: the actor of its last SENT event. */
    private String sender(long id) {
        return events.of(id).stream().filter(e -> e.event() == AgreementEvent.Kind.SENT)
                .reduce((first, second) -> second).map(AgreementEvent::actor).orElseThrow();
    }

    /** Saves the version, then writes the events of its change to the log, once. */
    private Agreement store(Agreement agreement) {
        Agreement saved = agreements.save(agreement);
        events.append(saved.id(), agreement.takeRecorded());
        return saved;
    }

    private Agreement load(long id) {
        return agreements.findById(id).orElseThrow(() -> Refusal.absent("agreement.refused.unknown"));
    }

    /** Who acts and from where; the time comes from the application's clock. */
    record Origin(String actor, String sourceAddress) {

        Occurrence now(Clock clock) {
            return new Occurrence(actor, clock.instant(), sourceAddress);
        }
    }
}
