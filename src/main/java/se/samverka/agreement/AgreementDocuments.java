package se.samverka.agreement;

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

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** An agreement version as documents: the PDF/A that is signed, the editable DOCX and the sealed original. */
@Component
class AgreementDocuments {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final AgreementPdf pdf;
    private final AgreementDocx docx;
    private final SystemSeal seal;

    AgreementDocuments(AgreementPdf pdf, AgreementDocx docx, SystemSeal seal) {
        this.pdf = pdf;
        this.docx = docx;
        this.seal = seal;
    }

    /**
     * The document to sign or read. Signatories named when it is sent are printed in the signature blocks;
     * a draft leaves them empty to be filled in by hand.
     */
    byte[] pdf(Agreement agreement, String centreName, List<FrozenSection> sections,
               List<Agreement.Signatory> signatories, AuditTrail trail) {
        AgreementDocument document = document(agreement, centreName, sections, signatories, false);
        return trail == null ? pdf.render(document) : pdf.render(document, trail);
    }

    byte[] docx(Agreement agreement, String centreName, List<FrozenSection> sections) {
        return docx.render(document(agreement, centreName, sections, null, false));
    }

    /**
     * The signed original: the version as sent, with each party's place and date of signing, an audit page
     * naming the SHA-256 of the document the parties signed, and the system's seal over it all.
     */
    byte[] sealed(Agreement agreement, String centreName, byte[] sent, List<AgreementEvent> history) {
        if (!sha256(sent).equals(agreement.documentSha256())) {
            throw new IllegalStateException("the stored document is not the one that was signed");
        }
        AgreementDocument document = document(agreement, centreName, agreement.sections(), null, true);
        byte[] withTrail = pdf.render(document, trail(agreement, history));
        return seal.seal(withTrail, "Undertecknat av samtliga parter i Samverka");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgreementDocument document(Agreement agreement, String centreName, List<FrozenSection> sections,
                                              List<Agreement.Signatory> signatories, boolean signed) {
        boolean cooperation = agreement.kind() == AgreementKind.COOPERATION;
        List<Section> printed = SectionBody.View.of(sections).stream()
                .map(view -> new Section(view.number(), view.heading(), view.parts().stream()
                        .map(AgreementDocuments::block).toList()))
                .toList();
        List<SignatureBlock> blocks = new ArrayList<>();
        List<Party> parties = agreement.parties();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            String name = party.signatoryName();
            String title = party.signatoryTitle();
            if (signatories != null) {
                name = signatories.get(i).name();
                title = signatories.get(i).title();
            }
            String placeAndDate = signed && party.signedAt() != null
                    ? party.signedPlace() + " " + DATE.format(party.signedAt().atZone(SWEDEN))
                    : null;
            blocks.add(new SignatureBlock(partyLabel(party), name, title, placeAndDate));
        }
        String version = "Version " + agreement.number()
                + (agreement.number() > 1 ? " (ändring av version " + (agreement.number() - 1) + ")" : "");
        return new AgreementDocument(
                cooperation ? CooperationTemplate.TITLE : UsageRightTemplate.TITLE,
                cooperation ? CooperationTemplate.SUBTITLE : UsageRightTemplate.SUBTITLE,
                centreName, version, printed,
                new SignaturePage("Underskrifter. Varje part undertecknar med ort och datum, namnförtydligande och "
                        + "titel.", blocks));
    }

    private static String partyLabel(Party party) {
        return switch (party.role()) {
            case Party.GRANTOR -> "Upplåtare: " + CooperationTemplate.described(party);
            case Party.USER -> "Nyttjare: " + CooperationTemplate.described(party);
            default -> CooperationTemplate.signatureParty(party);
        };
    }

    private static Block block(SectionBody.Part part) {
        return switch (part) {
            case SectionBody.Text text -> new Block.Paragraph(text.text());
            case SectionBody.Subheading subheading -> new Block.Subheading(subheading.text());
            case SectionBody.Bullets bullets -> new Block.Bullets(bullets.items());
        };
    }

    private static AuditTrail trail(Agreement agreement, List<AgreementEvent> history) {
        List<AuditEntry> entries = history.stream()
                .filter(e -> e.event() != AgreementEvent.Kind.SEALED)
                .map(e -> new AuditEntry(e.occurredAt(), eventText(e), e.actor(), e.sourceAddress()))
                .toList();
        return new AuditTrail(agreement.series() + "/" + agreement.number(), agreement.documentSha256(), entries);
    }

    private static String eventText(AgreementEvent event) {
        String what = switch (event.event()) {
            case CREATED -> "Skapat";
            case EDITED -> "Utkast ändrat";
            case SENT -> "Skickat för underskrift till";
            case RECALLED -> "Återkallat till utkast";
            case VIEWED -> "Visat för undertecknare för";
            case SIGNED -> "Undertecknat för";
            case SEALED -> "Förseglat";
            case AMENDED -> "Ändring påbörjad";
            case SUPERSEDED -> "Ersatt";
            case TERMINATED -> "Uppsagt";
        };
        return event.detail() == null ? what : what + " " + event.detail();
    }
}
