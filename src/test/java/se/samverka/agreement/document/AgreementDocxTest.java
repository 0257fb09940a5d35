package se.samverka.agreement.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementDocxTest {

    private static final byte[] DOCX = new AgreementDocx().render(Fixtures.agreement());

    @Test
    void numbersTheSectionsWithWordsHeadingStylesInOrder() throws IOException {
        try (var document = read()) {
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                if ("Heading1".equals(paragraph.getStyle())) {
                    headings.add(paragraph.getText());
                }
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < Fixtures.HEADINGS.size(); i++) {
                expected.add((i + 1) + ". " + Fixtures.HEADINGS.get(i));
            }
            assertThat(headings).containsExactlyElementsOf(expected);
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("Styrande dokument", "Uppdrag", "Mål", "Regionen", "Kommunen");
        }
    }

    @Test
    void definesTheHeadingStylesWithOutlineLevelsForTheNavigationPane() throws IOException {
        try (var document = read()) {
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
        try (var document = read()) {
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Lokalt samverkansavtal");
            assertThat(document.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                    .isEqualTo("sv-SE");
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Title");
            assertThat(paragraphs.get(0).getText()).isEqualTo("Lokalt samverkansavtal");
            assertThat(paragraphs.get(1).getText()).isEqualTo("Samverkan för barn och familjer – 0–6 år");
            assertThat(paragraphs.get(2).getText()).isEqualTo("Familjecentral: Familjecentralen Kvarnbacken");
            assertThat(paragraphs.get(3).getText()).isEqualTo("Version 3 – 2026-12-01");
        }
    }

    @Test
    void listsBulletsWithANumberingDefinition() throws IOException {
        try (var document = read()) {
            List<XWPFParagraph> bullets = document.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getNumID() != null).toList();
            assertThat(bullets).extracting(XWPFParagraph::getText).containsSubsequence(Fixtures.PARTIES)
                    .contains("Anmälningsplikten enligt 14 kap. 1 § socialtjänstlagen gäller alltid.");
            assertThat(bullets).allSatisfy(paragraph -> {
                assertThat(paragraph.getStyle()).isEqualTo("ListBullet");
                assertThat(paragraph.getNumFmt()).isEqualTo("bullet");
            });
        }
    }

    @Test
    void hasASignatureTablePerParty() throws IOException {
        try (var document = read()) {
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(4);
            assertThat(tables).extracting(table -> table.getRow(0).getCell(0).getText())
                    .containsExactlyElementsOf(Fixtures.PARTIES);
            assertThat(tables).allSatisfy(table -> assertThat(table.getRows()).hasSize(5)
                    .extracting(row -> row.getTableCells().size() == 1 ? "" : row.getCell(0).getText())
                    .containsExactly("", "Ort och datum", "Underskrift", "Namnförtydligande", "Titel"));
            assertThat(values(tables.get(0))).containsExactly("Kungälv 2026-12-01", "", "Åsa Öberg", "Verksamhetschef");
            assertThat(values(tables.get(2))).containsExactly("", "", "Märta Lindqvist", "Förskolechef");
            assertThat(values(tables.get(3))).containsOnly("");
        }
    }

    @Test
    void theSignaturePageStartsOnANewPageUnderTheLastHeading() throws IOException {
        try (var document = read()) {
            XWPFParagraph last = document.getParagraphs().stream()
                    .filter(p -> p.getText().equals("15. Underskrift")).findFirst().orElseThrow();
            assertThat(last.isPageBreak()).isTrue();
            assertThat(document.getFooterList()).singleElement()
                    .satisfies(footer -> assertThat(footer._getHdrFtr().xmlText()).contains("NUMPAGES", "Sida "));
        }
    }

    private static List<String> values(XWPFTable table) {
        return table.getRows().subList(1, table.getRows().size()).stream()
                .map(XWPFTableRow::getTableCells).map(cells -> cells.get(1).getText()).toList();
    }

    private static XWPFDocument read() throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(DOCX));
    }
}
