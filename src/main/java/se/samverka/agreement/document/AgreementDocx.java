package se.samverka.agreement.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.springframework.stereotype.Component;

/**
 * Renders an agreement as a Word document for parties who want to edit it: Word's own heading styles (so the
 * navigation pane lists the sections), bulleted lists from a numbering definition, a signature table per party,
 * Swedish as the proofing language and page numbers in the footer.
 */
@Component
public class AgreementDocx {

    static final List<String> SIGNATURE_LINES = List.of("Ort och datum", "Underskrift", "Namnförtydligande", "Titel");

    private static final String FONT = "Calibri";

    public byte[] render(AgreementDocument doc) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream(64 * 1024)) {
            defineStyles(document);
            BigInteger bullets = defineBullets(document);
            document.getProperties().getCoreProperties().setTitle(doc.title());
            document.getProperties().getCoreProperties().setCreator("Samverka");
            if (doc.subtitle() != null) {
                document.getProperties().getCoreProperties().setSubjectProperty(doc.subtitle());
            }
            footer(document);
            titlePage(document, doc);
            List<Section> sections = doc.sections();
            int signatureHeadings = AgreementPdf.trailingEmptySections(sections);
            for (Section section : sections.subList(0, sections.size() - signatureHeadings)) {
                section(document, section, bullets);
            }
            boolean pageBreak = true;
            for (Section section : sections.subList(sections.size() - signatureHeadings, sections.size())) {
                paragraph(document, "Heading1", section.numberedHeading()).setPageBreak(pageBreak);
                pageBreak = false;
            }
            signaturePage(document, doc.signaturePage(), pageBreak);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + doc.title(), e);
        }
    }

    private static void titlePage(XWPFDocument document, AgreementDocument doc) {
        paragraph(document, "Title", doc.title());
        if (doc.subtitle() != null) {
            paragraph(document, "Subtitle", doc.subtitle());
        }
        XWPFParagraph centre = paragraph(document, "Normal", null);
        XWPFRun run = centre.createRun();
        run.setBold(true);
        run.setText("Familjecentral: " + doc.centreName());
        if (doc.versionLabel() != null) {
            paragraph(document, "Normal", doc.versionLabel());
        }
        paragraph(document, "Normal", null).createRun().addBreak(BreakType.PAGE);
    }

    private static void section(XWPFDocument document, Section section, BigInteger bullets) {
        paragraph(document, "Heading1", section.numberedHeading());
        for (Block block : section.blocks()) {
            switch (block) {
                case Block.Paragraph paragraph -> paragraph(document, "Normal", paragraph.text());
                case Block.Subheading subheading -> paragraph(document, "Heading2", subheading.text());
                case Block.Bullets list -> list.items().forEach(item -> {
                    XWPFParagraph paragraph = paragraph(document, "ListBullet", item);
                    paragraph.setNumID(bullets);
                    paragraph.setNumILvl(BigInteger.ZERO);
                });
            }
        }
    }

    private static void signaturePage(XWPFDocument document, SignaturePage page, boolean pageBreak) {
        if (page.intro() != null) {
            paragraph(document, "Normal", page.intro()).setPageBreak(pageBreak);
        }
        for (SignatureBlock block : page.blocks()) {
            paragraph(document, "Normal", null);
            XWPFTable table = document.createTable(SIGNATURE_LINES.size() + 1, 2);
            table.setWidth("100%");
            table.getCTTbl().getTblPr().getTblW().setType(STTblWidth.PCT);
            XWPFTableRow partyRow = table.getRow(0);
            partyRow.removeCell(1);
            XWPFTableCell party = partyRow.getCell(0);
            party.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            XWPFRun partyRun = party.getParagraphs().getFirst().createRun();
            partyRun.setBold(true);
            partyRun.setText(block.party());
            List<String> values = Arrays.asList(block.placeAndDate(), null, block.name(), block.title());
            for (int i = 0; i < SIGNATURE_LINES.size(); i++) {
                XWPFTableRow row = table.getRow(i + 1);
                row.setHeight(560);
                row.setCantSplitRow(true);
                row.getCell(0).setWidth("30%");
                row.getCell(0).setText(SIGNATURE_LINES.get(i));
                row.getCell(1).setWidth("70%");
                if (values.get(i) != null) {
                    row.getCell(1).setText(values.get(i));
                }
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        if (text != null) {
            paragraph.createRun().setText(text);
        }
        return paragraph;
    }

    private static void footer(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.createRun().setText("Sida ");
        field(paragraph, "PAGE");
        paragraph.createRun().setText(" av ");
        field(paragraph, "NUMPAGES");
    }

    private static void field(XWPFParagraph paragraph, String instruction) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        field.addNewR().addNewT().setStringValue("1");
    }

    private static void defineStyles(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(22));
        defaults.addNewLang().setVal("sv-SE");

        CTStyle normal = style(styles, "Normal", "Normal", null, null);
        normal.setDefault(true);
        normal.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));

        CTStyle title = style(styles, "Title", "Title", 56, true);
        title.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(240));
        CTStyle subtitle = style(styles, "Subtitle", "Subtitle", 30, false);
        subtitle.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(360));

        heading(styles, "Heading1", "heading 1", 0, 28, 360);
        heading(styles, "Heading2", "heading 2", 1, 24, 200);

        CTStyle listBullet = style(styles, "ListBullet", "List Bullet", null, null);
        listBullet.getPPr().addNewContextualSpacing();
        listBullet.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(60));

        document.createStyles().setStyles(styles);
    }

    private static CTStyle style(CTStyles styles, String id, String name, Integer halfPoints, Boolean bold) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (!"Normal".equals(id)) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewPPr();
        }
        style.addNewQFormat();
        if (halfPoints != null) {
            CTRPr run = style.addNewRPr();
            if (bold) {
                run.addNewB();
            }
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        }
        return style;
    }

    private static void heading(CTStyles styles, String id, String name, int level, int halfPoints, int before) {
        CTStyle heading = style(styles, id, name, halfPoints, true);
        heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
        CTPPrGeneral paragraph = heading.getPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(before));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
    }

    private static BigInteger defineBullets(XWPFDocument document) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(360));
        var numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return numbering.addNum(abstractId);
    }
}
