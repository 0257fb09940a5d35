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

    private static final AgreementPdf PDF = new AgreementPdf(Fixtures.templates());
    private static final byte[] PLAIN = PDF.render(Fixtures.agreement());
    private static final byte[] WITH_AUDIT = PDF.render(Fixtures.agreement(), Fixtures.auditTrail());
    private static final byte[] DRAFT = PDF.render(Fixtures.draft());

    static List<byte[]> flavours() {
        return List.of(PLAIN, WITH_AUDIT, DRAFT);
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
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Lokalt samverkansavtal – Familjecentralen Kvarnbacken");
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
    void printsEveryHeadingInOrderThenWhoSignedForEachParty() throws IOException {
        String text = text(PLAIN);
        assertThat(text).contains("Lokalt samverkansavtal", "Samverkan för barn och familjer – 0–6 år",
                "Familjecentral: Familjecentralen Kvarnbacken", "Version 3 (ändring av version 2)");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < Fixtures.HEADINGS.size(); i++) {
            expected.add((i + 1) + ". " + Fixtures.HEADINGS.get(i));
        }
        expected.add("Detta avtal är upprättat i ett elektroniskt original");
        for (int i = 0; i < Fixtures.PARTIES.size(); i++) {
            expected.add(Fixtures.PARTIES.get(i));
            expected.add("Namn: " + List.of("Åsa Öberg", "Björn Ärlig", "Märta Lindqvist", "Olle Tand").get(i));
            expected.add("Titel: ");
            expected.add("Underskrift: Undertecknat elektroniskt i Samverka 2026-12-0");
        }
        assertInOrder(text, expected);
        assertThat(text).contains("§ 14", "Kungälv", "Verksamhetschef", "kl. 09:02");
        assertThat(text).doesNotContain("Granskningsspår", "UTKAST", "Ort och datum", "Namnförtydligande");
    }

    @Test
    void aDraftSaysSoOnEveryPageAndInItsPropertiesAndHasNothingToSignOnPaper() throws IOException {
        try (PDDocument document = Loader.loadPDF(DRAFT)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(
                    "Lokalt samverkansavtal – Kvarnbackens familjeverksamhet (" + Fixtures.DRAFT_MARKING + ")");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo(Fixtures.DRAFT_MARKING);
            assertThat(document.getDocumentInformation().getKeywords()).isEqualTo(Fixtures.DRAFT_MARKING);
            var stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page %d", page).contains(Fixtures.DRAFT_MARKING);
            }
        }
        String text = text(DRAFT);
        assertThat(text).contains("Familjecentralsliknande verksamhet: Kvarnbackens familjeverksamhet",
                "Utkastet kan inte undertecknas.",
                "Underskrift: Undertecknas elektroniskt i Samverka när avtalet har skickats för underskrift.");
        assertThat(text).doesNotContain("Namn:", "Titel:", "Ort och datum");
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
    void endsWithTheEvidenceReportSummaryAndEveryEventWithNameAccountTimeAndAddress() throws IOException {
        try (PDDocument document = Loader.loadPDF(WITH_AUDIT)) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(new PdfPages(PLAIN).count() + 1);
            String report = stripper.getText(document);
            assertInOrder(report, List.of("Granskningsspår",
                    "Dokument", "Lokalt samverkansavtal – Familjecentralen Kvarnbacken, version 3",
                    "Transaktions-id", "c0a8012e-7d5b-4e3a-9f1c-2b6d8e4f0a17/3",
                    "Skapat av", "Åsa Öberg (asa.oberg)", "Skapat", "2026-12-01 21:15:03 +01:00",
                    "Status", "Undertecknat av samtliga parter och förseglat",
                    "Slutfört", "2026-12-02 10:05:12 +01:00",
                    "SHA-256 för versionen som undertecknades", Fixtures.SHA_256,
                    "Tidpunkt", "Händelse", "Vem", "Källadress",
                    "2026-12-01", "21:15:03 +01:00", "Skapat", "Åsa Öberg", "asa.oberg", "192.0.2.14",
                    "2026-12-02", "09:01:30 +01:00", "Visat för undertecknaren för", "Björn Ärlig", "bjorn.arlig",
                    "2001:db8::17",
                    "2026-12-02", "10:05:12 +01:00", "Avtalet slutfört och förseglat", "Samverka (systemets sigill)"));
            // No date, time or name is broken over two lines.
            assertThat(report).doesNotContainPattern("\\d{4}-\\d{2}-\\R").doesNotContainPattern("\\d{2}:\\R")
                    .doesNotContainPattern("(Åsa|Björn|asa\\.|bjorn\\.)\\R");
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
