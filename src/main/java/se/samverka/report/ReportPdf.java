package se.samverka.report;

import se.samverka.document.ArchivalPdf;
import se.samverka.document.Xhtml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An activity report as an archival PDF/A-2a (and PDF/UA-1): a heading per section in the report's order, its text
 * as paragraphs and lists, corrections beside the section, and who adopted it when.
 */
final class ReportPdf {

    private static final String STYLE = ArchivalPdf.numberedPages("A4", "20mm 18mm 20mm 18mm", "8pt") + """
            body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.4; color: #000000; }
            h1, h2 { font-family: 'Liberation Sans'; }
            h1 { font-size: 18pt; margin: 0 0 3mm 0; }
            h2 { font-size: 13pt; margin: 7mm 0 2mm 0; page-break-after: avoid; }
            p { margin: 0 0 2mm 0; }
            ul { margin: 0 0 2mm 0; padding-left: 6mm; }
            .correction { margin-left: 8mm; font-style: italic; }
            """;

    private ReportPdf() {
    }

    static String title(ActivityReport report) {
        return "Verksamhetsberättelse " + report.year();
    }

    static byte[] render(ActivityReport report, String centreName, List<ReportCorrection> corrections,
                         Function<ReportSection, String> headings) {
        String title = title(report);
        return ArchivalPdf.render(title, centreName, STYLE,
                html -> body(html, report, centreName, corrections, headings, title));
    }

    private static void body(Xhtml html, ActivityReport report, String centreName, List<ReportCorrection> corrections,
                             Function<ReportSection, String> headings, String title) {
        html.element("h1", title);
        html.element("p", "Familjecentral: " + centreName);
        html.element("p", report.adopted()
                ? "Fastställd den " + ReportWriter.day(report.adoptedOn()) + " av " + report.adoptedByName() + "."
                : "Utkast, inte fastställt. Uppgifterna hämtades ur Samverka den "
                + ReportWriter.day(report.factsOn()) + ".");
        Map<ReportSection, List<ReportCorrection>> bySection = corrections.stream()
                .collect(Collectors.groupingBy(ReportCorrection::section));
        for (SectionText section : report.sections()) {
            html.element("h2", headings.apply(section.section()));
            text(html, section.text());
            for (ReportCorrection c : bySection.getOrDefault(section.section(), List.of())) {
                html.element("p", "Rättelse " + ReportWriter.day(c.recordedOn()) + ": " + c.text(),
                        "class", "correction");
            }
        }
    }

    /** Lines as paragraphs; lines that start with a dash as the items of a list. */
    static void text(Xhtml html, String text) {
        List<String> items = new ArrayList<>();
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("– ") || stripped.startsWith("- ")) {
                items.add(stripped.substring(2).strip());
                continue;
            }
            list(html, items);
            if (!stripped.isEmpty()) {
                html.element("p", stripped);
            }
        }
        list(html, items);
    }

    private static void list(Xhtml html, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.open("ul");
        items.forEach(item -> html.element("li", item));
        html.close();
        items.clear();
    }
}
