package se.samverka.agreement.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders an agreement as a Word document for parties who want to edit it: A4 with the PDF's margins, Word's own
 * heading styles with Word's own numbering of the sections (so the navigation pane lists them), bulleted lists from a
 * numbering definition, signature blocks kept on one page, the marking of a draft or a sent version in the header of
 * every page and in the document's properties, Swedish as the proofing language and page numbers in the footer.
 */
@Component
public class AgreementDocx {

    private static final String FONT = "Calibri";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    /** A4 in twentieths of a point, and the PDF's margins: 25 mm above and below, 22 mm at the sides. */
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;
    private static final long MARGIN_TOP = 1417;
    private static final long MARGIN_SIDE = 1247;

    private final MessageSource messages;

    public AgreementDocx(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(AgreementDocument doc) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream(64 * 1024)) {
            defineStyles(document);
            BigInteger bullets = defineBullets(document);
            BigInteger headings = defineHeadingNumbers(document);
            var properties = document.getProperties().getCoreProperties();
            properties.setTitle(doc.propertiesTitle());
            properties.setCreator("Samverka");
            if (doc.marking() != null) {
                properties.setSubjectProperty(doc.marking().text());
                properties.setKeywords(doc.marking().text());
            } else if (doc.subtitle() != null) {
                properties.setSubjectProperty(doc.subtitle());
            }
            pageSize(document);
            if (doc.marking() != null) {
                header(document, doc.marking().text());
            }
            footer(document);
            titlePage(document, doc);
            for (Section section : doc.sections()) {
                section(document, section, bullets, headings);
            }
            signatures(document, doc.signaturePage());
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + doc.title(), e);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, SWEDISH);
    }

    private static void pageSize(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP));
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
    }

    private void titlePage(XWPFDocument document, AgreementDocument doc) {
        paragraph(document, "Title", doc.title());
        if (doc.subtitle() != null) {
            paragraph(document, "Subtitle", doc.subtitle());
        }
        XWPFParagraph centre = paragraph(document, "Normal", null);
        XWPFRun run = centre.createRun();
        run.setBold(true);
        run.setText(doc.kind() + ": " + doc.centreName());
        if (doc.versionLabel() != null) {
            paragraph(document, "Normal", doc.versionLabel());
        }
        if (doc.marking() != null && doc.marking().draft()) {
            XWPFParagraph marking = paragraph(document, "Normal", null);
            marking.setBorderTop(Borders.SINGLE);
            marking.setBorderBottom(Borders.SINGLE);
            marking.setBorderLeft(Borders.SINGLE);
            marking.setBorderRight(Borders.SINGLE);
            XWPFRun bold = marking.createRun();
            bold.setBold(true);
            bold.setText(doc.marking().text());
            bold.addBreak();
            marking.createRun().setText(text("agreement.document.draft-notice"));
        }
        paragraph(document, "Normal", null).createRun().addBreak(BreakType.PAGE);
    }

    private static void section(XWPFDocument document, Section section, BigInteger bullets, BigInteger headings) {
        XWPFParagraph heading = paragraph(document, "Heading1", section.heading());
        heading.setNumID(headings);
        heading.setNumILvl(BigInteger.ZERO);
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

    /** Each block's lines are kept with the next, so that a party's block is never split across pages. */
    private void signatures(XWPFDocument document, SignaturePage page) {
        if (page.intro() != null) {
            paragraph(document, "Normal", page.intro());
        }
        for (SignatureBlock block : page.blocks()) {
            List<XWPFParagraph> lines = new ArrayList<>();
            XWPFParagraph party = paragraph(document, "Normal", null);
            party.setSpacingBefore(360);
            XWPFRun partyRun = party.createRun();
            partyRun.setBold(true);
            partyRun.setText(block.party());
            lines.add(party);
            if (block.name() != null) {
                lines.add(labelled(document, text("agreement.document.name"), block.name()));
            }
            if (block.title() != null) {
                lines.add(labelled(document, text("agreement.document.signatory-title"), block.title()));
            }
            lines.add(labelled(document, text("agreement.document.signature"), block.signature()));
            for (XWPFParagraph line : lines) {
                if (line != lines.getLast()) {
                    line.setKeepNext(true);
                }
                line.getCTP().getPPr().addNewKeepLines();
            }
        }
    }

    private static XWPFParagraph labelled(XWPFDocument document, String label, String value) {
        XWPFParagraph paragraph = paragraph(document, "Normal", null);
        paragraph.createRun().setText(label + ": ");
        paragraph.createRun().setText(value);
        return paragraph;
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        if (text != null) {
            paragraph.createRun().setText(text);
        }
        return paragraph;
    }

    private static void header(XWPFDocument document, String marking) {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = header.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setText(marking);
    }

    private void footer(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.createRun().setText(text("agreement.document.page") + " ");
        field(paragraph, "PAGE");
        paragraph.createRun().setText(" " + text("agreement.document.page-of") + " ");
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

    /** Word's own numbering of the sections, "1.", "2." …, which a party who edits the document keeps in order. */
    private static BigInteger defineHeadingNumbers(XWPFDocument document) {
        return numbering(document, BigInteger.ONE, STNumberFormat.DECIMAL, "%1.", "Heading1", 567, 567);
    }

    private static BigInteger defineBullets(XWPFDocument document) {
        return numbering(document, BigInteger.ZERO, STNumberFormat.BULLET, "•", null, 720, 360);
    }

    /**
     * A one-level list: its format, its text ("%1." or "•"), the paragraph style it numbers (or null) and its
     * indentation in twentieths of a point. Returns the id paragraphs refer to.
     */
    private static BigInteger numbering(XWPFDocument document, BigInteger id, STNumberFormat.Enum format, String text,
                                        String style, int left, int hanging) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(id);
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        if (style != null) {
            level.addNewPStyle().setVal(style);
        }
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(left));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(hanging));
        var numbering = document.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering)));
    }
}
