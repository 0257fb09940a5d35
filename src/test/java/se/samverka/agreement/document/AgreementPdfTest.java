package se.samverka.agreement.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementPdfTest {

    private static final AgreementPdf PDF = new AgreementPdf();
    private static final byte[] PLAIN = PDF.render(Fixtures.agreement());
    private static final byte[] WITH_AUDIT = PDF.render(Fixtures.agreement(), Fixtures.auditTrail());

    static List<byte[]> flavours() {
        return List.of(PLAIN, WITH_AUDIT);
    }

    @ParameterizedTest
    @MethodSource("flavours")
    void isPdfA2a(byte[] pdf) {
        VeraPdf.Report report = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);
        assertThat(report.failedRules()).as("failed PDF/A-2A rules").isEmpty();
        assertThat(report.compliant()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("flavours")
    void isPdfUa1(byte[] pdf) {
        VeraPdf.Report report = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
        assertThat(report.failedRules()).as("failed PDF/UA-1 rules").isEmpty();
        assertThat(report.compliant()).isTrue();
    }

    @Test
    void theValidatorNamesTheRulesAnOrdinaryPdfBreaks() throws IOException {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            VeraPdf.Report report = VeraPdf.validate(out.toByteArray(), PDFAFlavour.PDFA_2_A);
            assertThat(report.compliant()).isFalse();
            assertThat(report.failedRules()).anyMatch(rule -> rule.startsWith("ISO 19005-2:2011 6.6.2.1-1: "));
        }
    }

    @Test
    void hasTitleLanguageAndEmbeddedFonts() throws IOException {
        try (PDDocument document = Loader.loadPDF(PLAIN)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Lokalt samverkansavtal");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(intent -> assertThat(intent.getOutputConditionIdentifier()).contains("sRGB"));
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("Liberation");
                }
            }
        }
    }

    @Test
    void printsEveryHeadingInOrderThenTheSignaturePage() throws IOException {
        String text = text(PLAIN);
        assertThat(text).contains("Lokalt samverkansavtal", "Samverkan för barn och familjer – 0–6 år",
                "Familjecentral: Familjecentralen Kvarnbacken", "Version 3 – 2026-12-01");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < Fixtures.HEADINGS.size(); i++) {
            expected.add((i + 1) + ". " + Fixtures.HEADINGS.get(i));
        }
        expected.add("Detta avtal har upprättats i fyra likalydande exemplar");
        expected.addAll(Fixtures.PARTIES.stream().map(party -> party.replace("\n", " ")).toList());
        assertInOrder(text, expected);
        assertThat(text).contains("§ 14", "Åsa Öberg", "Björn Ärlig", "Märta Lindqvist", "Ort och datum",
                "Namnförtydligande", "Titel", "Kungälv 2026-12-01", "Verksamhetschef");
        assertThat(text).doesNotContain("Granskningsspår");
    }

    @Test
    void numbersEveryPageInTheFooter() throws IOException {
        try (PDDocument document = Loader.loadPDF(PLAIN)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            String text = new PDFTextStripper().getText(document);
            for (int page = 1; page <= pages; page++) {
                assertThat(text).contains("Sida " + page + " av " + pages);
            }
        }
    }

    @Test
    void appendsTheAuditTrailOnItsOwnPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(WITH_AUDIT)) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(document.getNumberOfPages());
            String lastPage = stripper.getText(document);
            assertInOrder(lastPage, List.of("Granskningsspår", "Dokument-id: c0a8012e-7d5b-4e3a-9f1c-2b6d8e4f0a17",
                    "SHA-256: " + Fixtures.SHA_256, "Tidpunkt", "Händelse", "Vem", "Källadress",
                    "2026-12-01 21:15:03 CET", "Dokumentet skapades", "Åsa Öberg", "192.0.2.14",
                    "2026-12-02 09:02:11 CET", "Undertecknat", "Björn Ärlig", "2001:db8::17",
                    "Systemsigill lagt"));
            assertThat(document.getNumberOfPages()).isEqualTo(new PdfPages(PLAIN).count() + 1);
        }
    }

    private record PdfPages(byte[] pdf) {
        int count() throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                return document.getNumberOfPages();
            }
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static void assertInOrder(String text, List<String> expected) {
        String flat = text.replaceAll("\\s+", " ");
        int from = 0;
        for (String part : expected) {
            int at = flat.indexOf(part, from);
            assertThat(at).as("'%s' after index %d in:%n%s", part, from, flat).isGreaterThanOrEqualTo(from);
            from = at + part.length();
        }
    }
}
