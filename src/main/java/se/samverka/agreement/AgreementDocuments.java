package se.samverka.agreement;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.samverka.agreement.document.AgreementDocument;
import se.samverka.agreement.document.AgreementDocx;
import se.samverka.agreement.document.AgreementPdf;
import se.samverka.agreement.document.AuditEntry;
import se.samverka.agreement.document.AuditTrail;
import se.samverka.agreement.document.Block;
import se.samverka.agreement.document.Section;
import se.samverka.agreement.document.SignatureBlock;
import se.samverka.agreement.document.SignaturePage;
import se.samverka.agreement.document.SystemSeal;
import se.samverka.audit.AuditActorNames;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An agreement version as documents: the PDF/A that is signed, the editable DOCX and the sealed original with its
 * evidence report. What the documents say besides the contract text comes from {@code agreement.document.*} in the
 * messages, in Swedish whatever the reader's language: the parties sign a Swedish agreement.
 */
@Component
class AgreementDocuments {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AgreementPdf pdf;
    private final AgreementDocx docx;
    private final SystemSeal seal;
    private final MessageSource messages;
    private final List<AuditActorNames> actorNames;
    private final Clock clock;

    AgreementDocuments(AgreementPdf pdf, AgreementDocx docx, SystemSeal seal, MessageSource messages,
                       List<AuditActorNames> actorNames, Clock clock) {
        this.pdf = pdf;
        this.docx = docx;
        this.seal = seal;
        this.messages = messages;
        this.actorNames = actorNames;
        this.clock = clock;
    }

    /**
     * A draft (no signatories: marked "UTKAST – inte undertecknat" on every page) or the version as it is sent to
     * the named signatories (marked as the version sent for signing).
     */
    byte[] pdf(Agreement agreement, CentreFacts centre, List<FrozenSection> sections,
               List<Agreement.Signatory> signatories) {
        return pdf.render(document(agreement, centre, sections, signatories));
    }

    /**
     * The editable copy: of a draft, of the version sent, or of the signed agreement, marked as a copy whose
     * original is the sealed PDF.
     */
    byte[] docx(Agreement agreement, CentreFacts centre, List<FrozenSection> sections) {
        return docx.render(switch (agreement.status()) {
            case DRAFT -> document(agreement, centre, sections, null);
            case SENT -> document(agreement, centre, sections, agreement.parties().stream()
                    .map(p -> new Agreement.Signatory(p.signatoryUsername(), p.signatoryName(), p.signatoryTitle()))
                    .toList());
            case SIGNED, SUPERSEDED -> document(agreement, centre, sections,
                    new AgreementDocument.Marking(text("agreement.document.marking.copy"), false), signed(agreement));
        });
    }

    /**
     * The signed original: the version as sent, each party's signature as given, the evidence report naming the
     * SHA-256 of the document the parties signed, and the system's seal over it all.
     */
    byte[] sealed(Agreement agreement, CentreFacts centre, byte[] sent, List<AgreementEvent> history) {
        if (!sha256(sent).equals(agreement.documentSha256())) {
            throw new IllegalStateException("the stored document is not the one that was signed");
        }
        AgreementDocument document = document(agreement, centre, agreement.sections(), null, signed(agreement));
        byte[] withTrail = pdf.render(document, trail(agreement, document, history));
        return seal.seal(withTrail, text("agreement.document.seal-reason"));
    }

    /** Who signed for each party, in what role, when and how. */
    private List<SignatureBlock> signed(Agreement agreement) {
        return agreement.parties().stream()
                .map(party -> new SignatureBlock(partyLabel(party), party.signatoryName(), party.signatoryTitle(),
                        text("agreement.document.signed", DATE.format(party.signedAt().atZone(SWEDEN)),
                                TIME.format(party.signedAt().atZone(SWEDEN)), party.signedPlace())))
                .toList();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private AgreementDocument document(Agreement agreement, CentreFacts centre, List<FrozenSection> sections,
                                       List<Agreement.Signatory> signatories) {
        List<SignatureBlock> blocks = new ArrayList<>();
        List<Party> parties = agreement.parties();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            blocks.add(signatories == null
                    ? new SignatureBlock(partyLabel(party), null, null, text("agreement.document.to-sign.draft"))
                    : new SignatureBlock(partyLabel(party), signatories.get(i).name(), signatories.get(i).title(),
                    text("agreement.document.to-sign.sent")));
        }
        Instant sent = agreement.sentAt() == null ? clock.instant() : agreement.sentAt();
        AgreementDocument.Marking marking = signatories == null
                ? new AgreementDocument.Marking(text("agreement.document.marking.draft", agreement.number(),
                DATE.format(clock.instant().atZone(SWEDEN))), true)
                : new AgreementDocument.Marking(text("agreement.document.marking.sent", agreement.number(),
                DATE.format(sent.atZone(SWEDEN))), false);
        return document(agreement, centre, sections, marking, blocks);
    }

    private AgreementDocument document(Agreement agreement, CentreFacts centre, List<FrozenSection> sections,
                                       AgreementDocument.Marking marking, List<SignatureBlock> blocks) {
        List<Section> printed = SectionBody.View.of(sections).stream()
                .map(view -> new Section(view.number(), view.heading(), view.parts().stream()
                        .map(AgreementDocuments::block).toList()))
                .toList();
        String version = agreement.number() > 1
                ? text("agreement.document.version.amends", agreement.number(), agreement.number() - 1)
                : text("agreement.document.version", agreement.number());
        return new AgreementDocument(text("agreement.document.title." + agreement.kind().name()),
                text("agreement.document.subtitle." + agreement.kind().name()),
                text("agreement.document.kind." + centre.kind().name()), centre.name(), version, marking, printed,
                new SignaturePage(null, blocks));
    }

    /** "För öppen förskola Öppna förskolan Solrosen, Socialförvaltningen, Göteborgs Stad", "Upplåtare: …". */
    private String partyLabel(Party party) {
        return text("agreement.document.party." + party.role(), CooperationTemplate.described(party));
    }

    private static Block block(SectionBody.Part part) {
        return switch (part) {
            case SectionBody.Text text -> new Block.Paragraph(text.text());
            case SectionBody.Subheading subheading -> new Block.Subheading(subheading.text());
            case SectionBody.Bullets bullets -> new Block.Bullets(bullets.items());
        };
    }

    /**
     * The evidence report: a summary, then every event with the person's full name and account, ending with the
     * completion and seal. The events come from the version's append-only log.
     */
    private AuditTrail trail(Agreement agreement, AgreementDocument document, List<AgreementEvent> history) {
        Map<String, String> names = names(history);
        List<AuditEntry> entries = new ArrayList<>(history.stream()
                .filter(e -> e.event() != AgreementEvent.Kind.SEALED)
                .map(e -> new AuditEntry(e.occurredAt(), eventText(e), names.getOrDefault(e.actor(), e.actor()),
                        e.actor(), e.sourceAddress()))
                .toList());
        Instant sealedAt = history.stream().filter(e -> e.event() == AgreementEvent.Kind.SEALED)
                .map(AgreementEvent::occurredAt).reduce((first, second) -> second).orElse(clock.instant());
        AuditEntry completed = new AuditEntry(sealedAt, text("agreement.document.trail.completed-event"),
                text("agreement.document.trail.system"), null, null);
        entries.add(completed);
        AuditEntry created = entries.getFirst();
        var summary = new AuditTrail.Summary(
                text("agreement.document.trail.document-name", document.title(), document.centreName(),
                        agreement.number()),
                agreement.series() + "/" + agreement.number(), created,
                text("agreement.document.trail.status-sealed"), completed);
        return new AuditTrail(summary, agreement.documentSha256(), entries);
    }

    private Map<String, String> names(List<AgreementEvent> history) {
        Set<String> usernames = history.stream().map(AgreementEvent::actor).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        actorNames.forEach(source -> names.putAll(source.displayNames(usernames)));
        return names;
    }

    private String eventText(AgreementEvent event) {
        String what = text("agreement.document.event." + event.event().name());
        return event.detail() == null ? what : what + " " + event.detail();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, SWEDISH);
    }
}
