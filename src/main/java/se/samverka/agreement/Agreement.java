package se.samverka.agreement;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import se.samverka.platform.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One version of a local agreement. A draft is written and changed; sent, it is frozen and waits for one
 * signature per party; when the last party has signed it is signed and never changes again. A change
 * after that is an amendment: a new version of the same series that must be signed again (R15e).
 */
@Table("agreement")
class Agreement implements AgreementStanding {

    @Id
    private Long id;
    private final UUID series;
    private final int number;
    private final long centreId;
    private final AgreementKind kind;
    private AgreementStatus status;
    @Embedded(onEmpty = Embedded.OnEmpty.USE_EMPTY)
    private Terms terms;
    @MappedCollection(idColumn = "agreement_id")
    private Set<LocalText> texts;
    @MappedCollection(idColumn = "agreement_id", keyColumn = "position")
    private List<Party> parties;
    @MappedCollection(idColumn = "agreement_id", keyColumn = "position")
    private List<FrozenSection> sections;
    /** Events of this change not yet written to the append-only log ({@link AgreementEvents}). */
    @Transient
    private final List<AgreementEvent> recorded = new ArrayList<>();
    private LocalDate terminationNoticedOn;
    private String documentSha256;
    private final Instant createdAt;
    private Instant sentAt;
    private Instant signedAt;
    @Version
    private int version;

    @PersistenceCreator
    Agreement(Long id, UUID series, int number, long centreId, AgreementKind kind, AgreementStatus status,
              Terms terms, Set<LocalText> texts, List<Party> parties, List<FrozenSection> sections,
              LocalDate terminationNoticedOn, String documentSha256,
              Instant createdAt, Instant sentAt, Instant signedAt, int version) {
        this.id = id;
        this.series = series;
        this.number = number;
        this.centreId = centreId;
        this.kind = kind;
        this.status = status;
        this.terms = terms;
        this.texts = new HashSet<>(texts);
        this.parties = new ArrayList<>(parties);
        this.sections = new ArrayList<>(sections);
        this.terminationNoticedOn = terminationNoticedOn;
        this.documentSha256 = documentSha256;
        this.createdAt = createdAt;
        this.sentAt = sentAt;
        this.signedAt = signedAt;
        this.version = version;
    }

    static Agreement draft(long centreId, AgreementKind kind, Terms terms, Map<TextKey, String> texts,
                           List<Party> parties, Occurrence occurrence) {
        if (parties.isEmpty()) {
            throw new Refusal("agreement.refused.no-parties");
        }
        var agreement = new Agreement(null, UUID.randomUUID(), 1, centreId, kind, AgreementStatus.DRAFT, terms,
                toTexts(texts), parties, List.of(), null, null, occurrence.at(), null, null, 0);
        agreement.recorded.add(AgreementEvent.of(occurrence, AgreementEvent.Kind.CREATED, null));
        return agreement;
    }

    void edit(Terms terms, Map<TextKey, String> texts, List<Party> parties, int expectedVersion,
              Occurrence occurrence) {
        expect(expectedVersion);
        requireStatus(AgreementStatus.DRAFT, "agreement.refused.not-draft");
        if (parties.isEmpty()) {
            throw new Refusal("agreement.refused.no-parties");
        }
        this.terms = terms;
        this.texts = toTexts(texts);
        this.parties = new ArrayList<>(parties);
        recorded.add(AgreementEvent.of(occurrence, AgreementEvent.Kind.EDITED, null));
    }

    /** Freezes the draft as it will be signed and names one signatory per party, in the parties' order. */
    void send(List<Signatory> signatories, List<FrozenSection> document, String sha256, int expectedVersion,
              Occurrence occurrence) {
        expect(expectedVersion);
        requireStatus(AgreementStatus.DRAFT, "agreement.refused.not-draft");
        if (signatories.size() != parties.size()) {
            throw new IllegalArgumentException("one signatory per party");
        }
        List<Party> named = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            Signatory s = signatories.get(i);
            named.add(parties.get(i).signatory(s.username(), s.name(), s.title()));
        }
        parties = named;
        sections = new ArrayList<>(document);
        documentSha256 = Objects.requireNonNull(sha256);
        status = AgreementStatus.SENT;
        sentAt = occurrence.at();
        recorded.add(AgreementEvent.of(occurrence, AgreementEvent.Kind.SENT, named.stream()
                .map(p -> p.signatoryName() + " (" + p.name() + ")").collect(Collectors.joining(", "))));
    }

    /** Takes a sent version back to a draft, for example to name another signatory; signatures given are void. */
    void recall(int expectedVersion, Occurrence occurrence) {
        expect(expectedVersion);
        requireStatus(AgreementStatus.SENT, "agreement.refused.not-sent");
        parties = parties.stream().map(Party::withoutSignatory).collect(Collectors.toCollection(ArrayList::new));
        sections = new ArrayList<>();
        documentSha256 = null;
        sentAt = null;
        status = AgreementStatus.DRAFT;
        recorded.add(AgreementEvent.of(occurrence, AgreementEvent.Kind.RECALLED, null));
    }

    /** A named signatory opened the document; recorded once per signatory. */
    boolean view(Occurrence occurrence) {
        if (status != AgreementStatus.SENT) {
            return false;
        }
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            if (party.isSignatory(occurrence.actor()) && party.viewedAt() == null) {
                parties.set(i, party.viewed(occurrence.at()));
                recorded.add(AgreementEvent.of(occurrence, AgreementEvent.Kind.VIEWED, party.name()));
                return true;
            }
        }
        return false;
    }

    /**
     * The named signatory of a party signs what was sent, confirming the title on their signature block. Returns
     * true when that was the last signature and the version is now signed.
     */
    boolean sign(String sha256Seen, String place, String title, Occurrence occurrence) {
        if (status == AgreementStatus.SUPERSEDED) {
            throw new Refusal("agreement.refused.superseded");
        }
        if (status == AgreementStatus.SIGNED) {
            throw new Refusal(parties.stream().anyMatch(p -> p.signedBy(occurrence.actor()))
                    ? "agreement.refused.already-signed" : "agreement.refused.not-signatory");
        }
        requireStatus(AgreementStatus.SENT, "agreement.refused.not-sent");
        if (!documentSha256.equals(sha256Seen)) {
            throw new Refusal("agreement.refused.document-changed");
        }
        int index = -1;
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).isSignatory(occurrence.actor()) && !parties.get(i).hasSigned()) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            throw new Refusal(parties.stream().anyMatch(p -> p.signedBy(occurrence.actor()))
                    ? "agreement.refused.already-signed" : "agreement.refused.not-signatory");
        }
        Party party = parties.get(index);
        parties.set(index, party.signed(occurrence.at(), place, title, occurrence.sourceAddress()));
        recorded.add(AgreementEvent.of(occurrence, AgreementEvent.Kind.SIGNED, party.name()));
        if (parties.stream().allMatch(Party::hasSigned)) {
            status = AgreementStatus.SIGNED;
            signedAt = occurrence.at();
            return true;
        }
        return false;
    }

    void sealed(Occurrence occurrence) {
        requireStatus(AgreementStatus.SIGNED, "agreement.refused.not-signed");
        recorded.add(AgreementEvent.of(occurrence, AgreementEvent.Kind.SEALED, null));
    }

    /** The draft of the next version, with this version's terms, texts and parties and no signatures. */
    Agreement amend(Occurrence occurrence) {
        requireStatus(AgreementStatus.SIGNED, "agreement.refused.not-signed");
        var next = new Agreement(null, series, number + 1, centreId, kind, AgreementStatus.DRAFT, terms,
                texts, parties.stream().map(Party::withoutSignatory).toList(), List.of(), null, null,
                occurrence.at(), null, null, 0);
        next.recorded.add(AgreementEvent.of(occurrence, AgreementEvent.Kind.AMENDED, "ändring av version " + number));
        return next;
    }

    void supersede(int byNumber, Occurrence occurrence) {
        requireStatus(AgreementStatus.SIGNED, "agreement.refused.not-signed");
        status = AgreementStatus.SUPERSEDED;
        recorded.add(AgreementEvent.of(occurrence, AgreementEvent.Kind.SUPERSEDED, "ersatt av version " + byNumber));
    }

    /** Records the written notice of termination (or renegotiation) given on {@code noticedOn}. */
    void terminate(LocalDate noticedOn, Occurrence occurrence) {
        requireStatus(AgreementStatus.SIGNED, "agreement.refused.not-signed");
        if (terminationNoticedOn != null) {
            throw new Refusal("agreement.refused.already-terminated");
        }
        terminationNoticedOn = Objects.requireNonNull(noticedOn);
        recorded.add(AgreementEvent.of(occurrence, AgreementEvent.Kind.TERMINATED, noticedOn.toString()));
    }

    private void requireStatus(AgreementStatus required, String refusal) {
        if (status != required) {
            throw new Refusal(status == AgreementStatus.SUPERSEDED ? "agreement.refused.superseded" : refusal);
        }
    }

    private void expect(int expectedVersion) {
        if (expectedVersion != version) {
            throw new org.springframework.dao.OptimisticLockingFailureException("agreement changed meanwhile");
        }
    }

    private static Set<LocalText> toTexts(Map<TextKey, String> texts) {
        return texts.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> new LocalText(e.getKey().name(), e.getValue().strip()))
                .collect(Collectors.toSet());
    }

    record Signatory(String username, String name, String title) {

        Signatory {
            Objects.requireNonNull(username);
            Objects.requireNonNull(name);
            Objects.requireNonNull(title);
        }
    }

    @Override
    public Long id() {
        return id;
    }

    UUID series() {
        return series;
    }

    int number() {
        return number;
    }

    long centreId() {
        return centreId;
    }

    @Override
    public AgreementKind kind() {
        return kind;
    }

    @Override
    public AgreementStatus status() {
        return status;
    }

    Terms terms() {
        return terms;
    }

    @Override
    public LocalDate startsOn() {
        return terms.startsOn();
    }

    @Override
    public LocalDate endsOn() {
        return terms.endsOn();
    }

    @Override
    public int noticeMonths() {
        return terms.noticeMonths();
    }

    Map<TextKey, String> texts() {
        return texts.stream().collect(Collectors.toUnmodifiableMap(t -> TextKey.valueOf(t.textKey()), LocalText::text));
    }

    Optional<String> text(TextKey key) {
        return texts.stream().filter(t -> t.textKey().equals(key.name())).map(LocalText::text).findFirst();
    }

    List<Party> parties() {
        return Collections.unmodifiableList(parties);
    }

    List<FrozenSection> sections() {
        return Collections.unmodifiableList(sections);
    }

    /**
     * The events of the changes made since the version was loaded or last written, oldest first; the log keeps them
     * once they are written ({@link AgreementEvents#append}).
     */
    List<AgreementEvent> recorded() {
        return Collections.unmodifiableList(recorded);
    }

    /** Hands over the events recorded since the last call, for the log to write them once. */
    List<AgreementEvent> takeRecorded() {
        List<AgreementEvent> taken = List.copyOf(recorded);
        recorded.clear();
        return taken;
    }

    @Override
    public LocalDate terminationNoticedOn() {
        return terminationNoticedOn;
    }

    String documentSha256() {
        return documentSha256;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant sentAt() {
        return sentAt;
    }

    Instant signedAt() {
        return signedAt;
    }

    int version() {
        return version;
    }

    /** Whether the person is named to sign this version for one of its parties. */
    boolean names(String username) {
        return parties.stream().anyMatch(p -> p.isSignatory(username));
    }

    boolean awaits(String username) {
        return status == AgreementStatus.SENT
                && parties.stream().anyMatch(p -> p.isSignatory(username) && !p.hasSigned());
    }
}
