package se.samverka.agreement.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementDocxTest {

    private static final AgreementDocx RENDERER = new AgreementDocx(Fixtures.messages());
    private static final byte[] DOCX = RENDERER.render(Fixtures.agreement());
    private static final byte[] DRAFT = RENDERER.render(Fixtures.draft());

    @Test
    void numbersTheSectionsWithWordsOwnNumberingOnTheHeadingStyle() throws IOException {
        try (var document = read(DOCX)) {
            List<XWPFParagraph> headings = document.getParagraphs().stream()
                    .filter(paragraph -> "Heading1".equals(paragraph.getStyle())).toList();
            assertThat(headings).extracting(XWPFParagraph::getText).containsExactlyElementsOf(Fixtures.HEADINGS);
            assertThat(headings).allSatisfy(heading -> {
                assertThat(heading.getNumFmt()).isEqualTo("decimal");
                assertThat(heading.getNumLevelText()).isEqualTo("%1.");
                assertThat(heading.getNumID()).isEqualTo(headings.getFirst().getNumID());
            });
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("Styrande dokument", "Uppdrag", "Mål", "Regionen", "Kommunen");
        }
    }

    @Test
    void definesTheHeadingStylesWithOutlineLevelsForTheNavigationPane() throws IOException {
        try (var document = read(DOCX)) {
            var heading1 = document.getStyles().getStyle("Heading1");
            var heading2 = document.getStyles().getStyle("Heading2");
            assertThat(heading1.getName()).isEqualTo("heading 1");
            assertThat(heading1.getCTStyle().getPPr().getOutlineLvl().getVal()).isZero();
            assertThat(heading2.getName()).isEqualTo("heading 2");
            assertThat(heading2.getCTStyle().getPPr().getOutlineLvl().getVal()).isOne();
        }
    }

    @Test
    void hasTitleLanguageAndTitlePage() throws Exception {
        try (var document = read(DOCX)) {
            assertThat(document.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Lokalt samverkansavtal – Familjecentralen Kvarnbacken");
            assertThat(document.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                    .isEqualTo("sv-SE");
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Title");
            assertThat(paragraphs.get(0).getText()).isEqualTo("Lokalt samverkansavtal");
            assertThat(paragraphs.get(1).getText()).isEqualTo("Samverkan för barn och familjer – 0–6 år");
            assertThat(paragraphs.get(2).getText()).isEqualTo("Familjecentral: Familjecentralen Kvarnbacken");
            assertThat(paragraphs.get(3).getText()).isEqualTo("Version 3 (ändring av version 2)");
            assertThat(document.getHeaderList()).isEmpty();
        }
    }

    @Test
    void listsBulletsWithANumberingDefinition() throws IOException {
        try (var document = read(DOCX)) {
            List<XWPFParagraph> bullets = document.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getNumID() != null && !"Heading1".equals(paragraph.getStyle()))
                    .toList();
            assertThat(bullets).extracting(XWPFParagraph::getText).containsSubsequence(Fixtures.PARTIES)
                    .contains("Anmälningsplikten enligt 14 kap. 1 § socialtjänstlagen gäller alltid.");
            assertThat(bullets).allSatisfy(paragraph -> {
                assertThat(paragraph.getStyle()).isEqualTo("ListBullet");
                assertThat(paragraph.getNumFmt()).isEqualTo("bullet");
            });
        }
    }

    @Test
    void isA4WithThePdfsMargins() throws IOException {
        try (var document = read(DOCX)) {
            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).hasToString("11906");
            assertThat(section.getPgSz().getH()).hasToString("16838");
            assertThat(section.getPgMar().getTop()).hasToString("1417");
            assertThat(section.getPgMar().getLeft()).hasToString("1247");
        }
    }

    @Test
    void keepsEachPartysSignatureBlockTogetherWithWhoSignedAndHow() throws IOException {
        try (var document = read(DOCX)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            int first = indexOf(paragraphs, Fixtures.PARTIES.getFirst());
            List<String> block = paragraphs.subList(first, first + 4).stream().map(XWPFParagraph::getText).toList();
            assertThat(block).containsExactly(Fixtures.PARTIES.getFirst(), "Namn: Åsa Öberg", "Titel: Verksamhetschef",
                    "Underskrift: Undertecknat elektroniskt i Samverka 2026-12-01 kl. 21:16, Kungälv");
            for (String party : Fixtures.PARTIES) {
                int at = indexOf(paragraphs, party);
                assertThat(paragraphs.subList(at, at + 3)).allSatisfy(p -> assertThat(p.isKeepNext()).as(p.getText()).isTrue());
                assertThat(paragraphs.get(at + 3).isKeepNext()).isFalse();
            }
            assertThat(document.getTables()).isEmpty();
            assertThat(document.getFooterList()).singleElement()
                    .satisfies(footer -> assertThat(footer._getHdrFtr().xmlText()).contains("NUMPAGES", "Sida "));
        }
    }

    @Test
    void aDraftSaysSoInTheHeaderOfEveryPageAndInItsProperties() throws IOException {
        try (var document = read(DRAFT)) {
            assertThat(document.getHeaderList()).singleElement()
                    .satisfies(header -> assertThat(header.getText()).contains(Fixtures.DRAFT_MARKING));
            var properties = document.getProperties().getCoreProperties();
            assertThat(properties.getTitle()).contains(Fixtures.DRAFT_MARKING);
            assertThat(properties.getSubject()).isEqualTo(Fixtures.DRAFT_MARKING);
            assertThat(properties.getKeywords()).isEqualTo(Fixtures.DRAFT_MARKING);
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("Familjecentralsliknande verksamhet: Kvarnbackens familjeverksamhet",
                    "Utkastet kan inte undertecknas.",
                    "Underskrift: Undertecknas elektroniskt i Samverka när avtalet har skickats för underskrift.");
            assertThat(text).doesNotContain("Namn:", "Ort och datum");
        }
    }

    /** The last paragraph with the text: a party is also listed in the first section. */
    private static int indexOf(List<XWPFParagraph> paragraphs, String text) {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            if (paragraphs.get(i).getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph " + text);
    }

    private static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }
}
