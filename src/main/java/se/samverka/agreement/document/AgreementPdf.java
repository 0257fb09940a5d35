package se.samverka.agreement.document;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import se.samverka.document.ArchivalPdf;
import se.samverka.document.Xhtml;

/**
 * Renders an agreement as a tagged PDF/A-2a that also meets PDF/UA-1: XHTML laid out by openhtmltopdf with
 * embedded Liberation fonts, an sRGB output intent, Swedish as the document language and page numbers in the
 * footer.
 */
@Component
public class AgreementPdf {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final String STYLE = ArchivalPdf.numberedPages("A4", "25mm 22mm 25mm 22mm", "9pt") + """
            body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.4; color: #000000; }
            h1, h2, h3, .centre, .version, .party, th { font-family: 'Liberation Sans'; }
            .title-page { margin: 50mm 0 20mm 0; text-align: center; }
            h1 { font-size: 24pt; margin: 0 0 8mm 0; }
            .subtitle { font-size: 14pt; margin: 0 0 12mm 0; }
            .centre { font-size: 13pt; font-weight: bold; margin: 0 0 4mm 0; }
            .version { font-size: 10pt; color: #444444; }
            h2 { font-size: 14pt; margin: 9mm 0 3mm 0; page-break-after: avoid; }
            h3 { font-size: 11.5pt; margin: 5mm 0 2mm 0; page-break-after: avoid; }
            p { margin: 0 0 3mm 0; }
            ul { margin: 0 0 3mm 0; padding-left: 7mm; }
            li { margin: 0 0 1mm 0; }
            .signature-page { page-break-before: always; }
            .signature { page-break-inside: avoid; margin: 10mm 0 0 0; }
            .party { font-weight: bold; margin: 0 0 2mm 0; }
            .line { border-bottom: 0.6pt solid #000000; min-height: 7mm; padding: 2mm 0 0.5mm 0; margin: 4mm 0 0 0; }
            .label { font-family: 'Liberation Sans'; font-size: 8.5pt; color: #333333; margin: 0.5mm 0 0 0; }
            .audit { page-break-before: always; }
            .hash { font-family: 'Liberation Mono'; font-size: 9.5pt; }
            table { width: 100%; border-collapse: collapse; font-size: 9pt; margin: 4mm 0 0 0; }
            th { text-align: left; border-bottom: 1pt solid #000000; padding: 1.5mm 2mm 1.5mm 0; }
            td { border-bottom: 0.4pt solid #999999; padding: 1.5mm 2mm 1.5mm 0; vertical-align: top; }
            """;

    public byte[] render(AgreementDocument doc) {
        return ArchivalPdf.render(xhtml(doc, null), doc.title());
    }

    public byte[] render(AgreementDocument doc, AuditTrail trail) {
        Objects.requireNonNull(trail, "trail");
        return ArchivalPdf.render(xhtml(doc, trail), doc.title());
    }

    static String xhtml(AgreementDocument doc, AuditTrail trail) {
        return ArchivalPdf.document(doc.title(), doc.subtitle(), STYLE, html -> body(html, doc, trail));
    }

    private static void body(Xhtml html, AgreementDocument doc, AuditTrail trail) {
        titlePage(html, doc);
        List<Section> sections = doc.sections();
        int signatureHeadings = trailingEmptySections(sections);
        for (Section section : sections.subList(0, sections.size() - signatureHeadings)) {
            section(html, section);
        }
        html.open("div", "class", "signature-page");
        for (Section section : sections.subList(sections.size() - signatureHeadings, sections.size())) {
            section(html, section);
        }
        signaturePage(html, doc.signaturePage());
        html.close();
        if (trail != null) {
            auditPage(html, trail);
        }
    }

    /** Sections at the end with nothing in them, such as "Underskrift", head the signature page. */
    static int trailingEmptySections(List<Section> sections) {
        int count = 0;
        for (int i = sections.size() - 1; i >= 0 && sections.get(i).blocks().isEmpty(); i--) {
            count++;
        }
        return count;
    }

    private static void titlePage(Xhtml html, AgreementDocument doc) {
        html.open("div", "class", "title-page").element("h1", doc.title());
        if (doc.subtitle() != null) {
            html.element("p", doc.subtitle(), "class", "subtitle");
        }
        html.element("p", "Familjecentral: " + doc.centreName(), "class", "centre");
        if (doc.versionLabel() != null) {
            html.element("p", doc.versionLabel(), "class", "version");
        }
        html.close();
    }

    private static void section(Xhtml html, Section section) {
        html.element("h2", section.numberedHeading());
        for (Block block : section.blocks()) {
            switch (block) {
                case Block.Paragraph paragraph -> html.element("p", paragraph.text());
                case Block.Subheading subheading -> html.element("h3", subheading.text());
                case Block.Bullets bullets -> {
                    html.open("ul");
                    bullets.items().forEach(item -> html.element("li", item));
                    html.close();
                }
            }
        }
    }

    private static void signaturePage(Xhtml html, SignaturePage page) {
        if (page.intro() != null) {
            html.element("p", page.intro());
        }
        for (SignatureBlock block : page.blocks()) {
            html.open("div", "class", "signature").element("p", block.party(), "class", "party");
            line(html, block.placeAndDate(), "Ort och datum");
            line(html, null, "Underskrift");
            line(html, block.name(), "Namnförtydligande");
            line(html, block.title(), "Titel");
            html.close();
        }
    }

    private static void line(Xhtml html, String value, String label) {
        html.element("div", value == null ? "" : value, "class", "line");
        html.element("p", label, "class", "label");
    }

    private static void auditPage(Xhtml html, AuditTrail trail) {
        html.open("div", "class", "audit").element("h2", "Granskningsspår");
        html.element("p", "Dokument-id: " + trail.documentId());
        html.open("p").text("SHA-256: ").element("span", trail.sha256(), "class", "hash").close();
        html.element("p", "Händelserna i tidsordning. Tider anges i svensk tid.");
        html.open("table").open("thead").open("tr");
        for (String header : List.of("Tidpunkt", "Händelse", "Vem", "Källadress")) {
            html.element("th", header, "scope", "col");
        }
        html.close().close().open("tbody");
        for (AuditEntry entry : trail.entries()) {
            html.open("tr")
                    .element("td", swedishTime(entry))
                    .element("td", entry.event())
                    .element("td", entry.who())
                    .element("td", entry.sourceAddress() == null ? "–" : entry.sourceAddress())
                    .close();
        }
        html.close().close().close();
    }

    static String swedishTime(AuditEntry entry) {
        ZonedDateTime time = entry.at().atZone(SWEDEN);
        boolean summer = SWEDEN.getRules().isDaylightSavings(entry.at());
        return TIME.format(time) + (summer ? " CEST" : " CET");
    }
}
