package se.samverka.agreement;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.samverka.agreement.document.SystemSeal;
import se.samverka.agreement.document.VeraPdf;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreView;
import se.samverka.rules.LocalAgreementSection;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The documents of a real agreement, composed from the registry: archival and accessible PDF (veraPDF,
 * PDF/A-2a and PDF/UA-1) with the template's headings in order, the same in DOCX, and the sealed original
 * with its audit page, whose seal breaks when one byte changes.
 */
@IntegrationTest
class AgreementDocumentsTest {

    private static final String ADDRESS = "192.0.2.10";
    /** A rule id of Samverka's pages, such as R15b, R14a or RB2a, which documents for the parties never carry. */
    private static final String RULE_ID = "\\bR(B|D)?\\d{1,2}(\\.\\d+)?[a-z]?\\b";

    @Autowired
    LocalAgreements agreements;
    @Autowired
    AgreementFiles files;
    @Autowired
    SystemSeal seal;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CentreRegistry registry;

    @Test
    void aCooperationAgreementIsPdfAWithEveryHeadingInTheTemplatesOrderAndSoIsItsDocx() throws Exception {
        long id = draft();
        Agreement draft = agreements.find(id).orElseThrow();

        byte[] pdf = agreements.pdf(draft);
        assertCompliant(pdf);
        String text = text(pdf);
        List<String> headings = Arrays.stream(LocalAgreementSection.values())
                .sorted(java.util.Comparator.comparingInt(LocalAgreementSection::templateNumber))
                .map(section -> section.templateNumber() + ". " + section.heading())
                .toList();
        assertInOrder(text, headings);
        assertThat(text).contains("Lokalt samverkansavtal", "Stadsbiblioteket", "Regionhälsan",
                "UTKAST – inte undertecknat. Version 1, 2026-12-02",
                "Underskrift: Undertecknas elektroniskt i Samverka när avtalet har skickats för underskrift.");
        assertThat(text).doesNotContain("Ort och datum", "Namnförtydligande", "likalydande exemplar");
        assertReadsAsAPartyDocument(text, headings, agreements.centre(draft).name());

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(agreements.docx(draft)))) {
            assertThat(docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList())
                    .containsExactlyElementsOf(headings.stream().map(h -> h.replaceFirst("^\\d+\\. ", "")).toList());
            String docxText = docx.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(java.util.stream.Collectors.joining(" "));
            assertThat(docxText).doesNotContainPattern(RULE_ID);
            assertThat(docx.getHeaderList()).singleElement().satisfies(header ->
                    assertThat(header.getText()).contains("UTKAST – inte undertecknat. Version 1, 2026-12-02"));
        }
    }

    @Test
    void aMandatorySectionNobodyHasWrittenSaysSoInTheDraftInsteadOfAnEmptyHeading() throws Exception {
        long id = draft(TextKey.STAFF_GROUP);
        String text = text(agreements.pdf(agreements.find(id).orElseThrow()));
        assertInOrder(text, List.of("10. Personalgrupp", "[Ej ifyllt. Avsnittet ska finnas med i avtalet och måste "
                + "fyllas i innan avtalet kan skickas för underskrift.]", "11. Sekretess och informationsöverföring"));
    }

    @Test
    void theSignedOriginalIsSealedWithAnAuditPageAndTheSealBreaksWhenOneByteChanges() throws Exception {
        long id = draft();
        List<String> signatories = List.of("bmm-chef", "bvc-chef", "of-chef", "soc-chef", "bibliotekschef");
        send(id, signatories);
        Agreement sent = agreements.find(id).orElseThrow();
        byte[] sentPdf = files.sent(id).orElseThrow();
        assertCompliant(sentPdf);
        assertThat(AgreementDocuments.sha256(sentPdf)).isEqualTo(sent.documentSha256());
        String sentText = text(sentPdf);
        assertThat(sentText).contains("Namn: Chef bvc-chef", "Titel: Verksamhetschef",
                "Version 1 skickad för underskrift 2026-12-02", "Underskrift: Undertecknas elektroniskt i Samverka.");
        assertThat(sentText).doesNotContain("UTKAST");

        for (String signatory : signatories) {
            agreements.sign(id, new SigningStep.Confirmation(sent.documentSha256(), "Borås", "Verksamhetschef", true),
                    new LocalAgreements.Origin(signatory, ADDRESS));
        }

        byte[] sealed = files.sealed(id).orElseThrow();
        assertThat(seal.verify(sealed).intact()).isTrue();
        assertThat(seal.verify(sealed).signedBy()).contains("Samverka");
        assertCompliant(sealed);
        String text = text(sealed);
        assertInOrder(text, List.of("1. Avtalsparter och placering", "18. Underskrift",
                "Detta avtal är upprättat i ett elektroniskt original", "Undertecknat elektroniskt i Samverka",
                "Granskningsspår", "SHA-256 för versionen som undertecknades " + sent.documentSha256()));
        assertThat(text).contains("Skapat", "Skickat för underskrift", "Undertecknat för", ADDRESS, "Borås",
                "bibliotekschef", "Avtalet slutfört och förseglat");
        assertThat(text).doesNotContain("UTKAST", "skickad för underskrift");
        assertThat(text).doesNotContainPattern(RULE_ID);

        byte[] tampered = sealed.clone();
        tampered[sentPdf.length / 3] ^= 0x01;
        assertThat(seal.verify(tampered).intact()).isFalse();
        assertThat(agreements.pdf(agreements.find(id).orElseThrow())).isEqualTo(sealed);
    }

    @Test
    void aUsageRightAgreementIsPdfAWithBilaga2sHeadings() throws Exception {
        Fixtures.Centre centre = fourOperations();
        CentreView view = registry.view(centre.id()).orElseThrow();
        Terms terms = new Terms(LocalDate.of(2027, 1, 1), null, null, 6, null, null, true, false, false, false,
                "Gemensamma ytor om 90 kvm", new java.math.BigDecimal("35"), 1_800_000L, CompensationPeriod.YEAR);
        List<Party> parties = List.of(party(view, Party.GRANTOR, OPEN_PRESCHOOL), party(view, Party.USER, CHILD_HEALTH));
        long id = agreements.start(centre.id(), AgreementKind.USAGE_RIGHT,
                new DraftInput(terms, UsageRightTemplate.EXAMPLES, parties), new LocalAgreements.Origin("samordnare", ADDRESS));

        byte[] pdf = agreements.pdf(agreements.find(id).orElseThrow());
        assertCompliant(pdf);
        String text = text(pdf);
        List<String> headings = List.of("1. Avtalsparter och lokalisering", "2. Nyttjanderättens omfattning och ändamål",
                "3. Nyttjanderättsperiod, uppsägningstid och förlängningstid", "4. Ersättning för upplåtelsen",
                "5. Överlåtelse av nyttjanderätten", "6. Nedsättning av ersättningsbeloppet",
                "7. Hävning av nyttjanderätten", "8. Force Majeure", "9. Ändringar och tillägg till nyttjanderätten",
                "10. Underskrift");
        assertInOrder(text, List.of("Lokalt nyttjanderättsavtal"));
        assertInOrder(text, headings);
        assertInOrder(text, List.of("10. Underskrift", "Upplåtare", "Nyttjare"));
        assertThat(text).as("the parties wrote no duties: those sections are left out")
                .doesNotContain("Upplåtarens åtaganden", "Nyttjarens åtaganden");
        assertReadsAsAPartyDocument(text, headings, view.name());
    }

    /** No rule ids, the centre named once where it is named, and text under every heading. */
    private static void assertReadsAsAPartyDocument(String text, List<String> headings, String centreName) {
        assertThat(text).doesNotContainPattern(RULE_ID);
        assertThat(text.toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("familjecentralen familjecentralen", "verksamheten familjecentralen")
                .doesNotContain((centreName + " " + centreName).toLowerCase(java.util.Locale.ROOT));
        for (int i = 0; i < headings.size(); i++) {
            int at = text.indexOf(headings.get(i)) + headings.get(i).length();
            int next = i + 1 < headings.size() ? text.indexOf(headings.get(i + 1), at) : text.length();
            assertThat(text.substring(at, next).replaceAll("UTKAST – inte undertecknat\\. Version \\d+, [-0-9]+", "")
                    .replaceAll("Sida \\d+ av \\d+", "").strip()).as("text under %s", headings.get(i)).isNotEmpty();
        }
    }

    private long draft(TextKey... leftOut) {
        Fixtures.Centre centre = fourOperations();
        CentreView view = registry.view(centre.id()).orElseThrow();
        DraftInput proposal = AgreementDemo.cooperation(view, "212000-1355", "Stadsbiblioteket", LocalDate.of(2027, 1, 1));
        var texts = new java.util.EnumMap<TextKey, String>(proposal.texts());
        texts.put(TextKey.STEERING_GROUP, "Styrgruppen består av närmaste chef för varje basverksamhet.");
        texts.put(TextKey.COORDINATOR, "Samordnaren arbetar 50 procent och är anställd av kommunen.");
        texts.put(TextKey.COORDINATOR_COST, "Kostnaden delas lika mellan de fyra basverksamheterna.");
        for (TextKey key : leftOut) {
            texts.remove(key);
        }
        DraftInput input = new DraftInput(proposal.terms(), texts, proposal.parties());
        return agreements.start(centre.id(), AgreementKind.COOPERATION, input,
                new LocalAgreements.Origin("samordnare", ADDRESS));
    }

    private void send(long id, List<String> usernames) {
        Agreement agreement = agreements.find(id).orElseThrow();
        agreements.send(id, agreement.version(), usernames.stream()
                        .map(u -> new Agreement.Signatory(u, "Chef " + u, "Verksamhetschef")).toList(),
                new LocalAgreements.Origin("samordnare", ADDRESS));
    }

    private Fixtures.Centre fourOperations() {
        return fixtures.centre("1490", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
    }

    private static Party party(CentreView centre, String role, se.samverka.rules.BaseOperation operation) {
        var unit = centre.participations().stream().filter(p -> p.operation() == operation).findFirst()
                .orElseThrow().unit();
        return Party.of(role, unit.name(), unit.principal().name(), "212000-1355", "Förvaltning");
    }

    private static void assertCompliant(byte[] pdf) {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
            VeraPdf.Report report = VeraPdf.validate(pdf, flavour);
            assertThat(report.compliant()).as(() -> flavour + ": " + report.failedRules()).isTrue();
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void assertInOrder(String text, List<String> parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("\"%s\" after position %d", part, from).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }
}
