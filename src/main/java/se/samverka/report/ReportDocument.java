package se.samverka.report;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.samverka.document.ArchivalPdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An activity report as an archival PDF/A-2a (and PDF/UA-1) from the template {@code report/report-document.html}
 * with the reports' print style sheet: a heading per section in the report's order, its text as paragraphs and
 * lists, corrections beside the section, and who adopted it when.
 */
@Component
class ReportDocument {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** A section as printed: its text in blocks, and the corrections made to it since it was adopted. */
    record Section(ReportSection section, List<Block> blocks, List<ReportCorrection> corrections) {
    }

    /** A paragraph, or (with {@code paragraph} null) the items of a list. */
    record Block(String paragraph, List<String> items) {
    }

    private final ITemplateEngine templates;

    ReportDocument(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] pdf(ActivityReport report, String centreName, List<ReportCorrection> corrections) {
        Map<ReportSection, List<ReportCorrection>> bySection = corrections.stream()
                .collect(Collectors.groupingBy(ReportCorrection::section));
        List<Section> sections = report.sections().stream()
                .map(s -> new Section(s.section(), blocks(s.text()), bySection.getOrDefault(s.section(), List.of())))
                .toList();
        var context = new Context(SWEDISH);
        context.setVariable("report", report);
        context.setVariable("centreName", centreName);
        context.setVariable("sections", sections);
        return ArchivalPdf.render(templates.process("report/report-document", context),
                "activity report " + report.year());
    }

    /** Lines as paragraphs; lines that start with a dash as the items of a list. */
    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("– ") || stripped.startsWith("- ")) {
                items.add(stripped.substring(2).strip());
                continue;
            }
            if (!items.isEmpty()) {
                blocks.add(new Block(null, List.copyOf(items)));
                items.clear();
            }
            if (!stripped.isEmpty()) {
                blocks.add(new Block(stripped, List.of()));
            }
        }
        if (!items.isEmpty()) {
            blocks.add(new Block(null, List.copyOf(items)));
        }
        return blocks;
    }
}
