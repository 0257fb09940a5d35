package se.samverka.county;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.samverka.document.ArchivalPdf;
import se.samverka.document.PrintedSheet;
import se.samverka.platform.Texts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The yearly follow-up report as documents: a PDF/A-2a (and PDF/UA-1) from the template
 * {@code county/report-document.html} with the reports' print style sheet, and an XLSX workbook with a sheet of
 * figures per chapter (numbers as numbers, totals as formulas) and a sheet of the county's texts.
 */
@Component
class CountyReportDocuments {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ITemplateEngine templates;
    private final Texts texts;

    CountyReportDocuments(ITemplateEngine templates, Texts texts) {
        this.templates = templates;
        this.texts = texts;
    }

    String title(CountyReport report) {
        return texts.message("county.report.title", String.valueOf(report.year()));
    }

    byte[] pdf(CountyReport report, FollowUpFigures figures, List<CountyReportCorrection> corrections) {
        Map<FollowUpChapter, List<String>> paragraphs = new EnumMap<>(FollowUpChapter.class);
        Map<FollowUpChapter, List<CountyReportCorrection>> byChapter = new EnumMap<>(FollowUpChapter.class);
        for (FollowUpChapter chapter : FollowUpChapter.values()) {
            paragraphs.put(chapter, Arrays.stream(report.text(chapter).split("\n")).map(String::strip)
                    .filter(line -> !line.isEmpty()).toList());
            byChapter.put(chapter, new ArrayList<>());
        }
        corrections.forEach(c -> byChapter.get(c.chapter()).add(c));
        var context = new Context(SWEDISH);
        context.setVariable("title", title(report));
        context.setVariable("report", report);
        context.setVariable("figures", new FollowUpView(figures));
        context.setVariable("chapters", FollowUpChapter.values());
        context.setVariable("paragraphs", paragraphs);
        context.setVariable("corrections", byChapter);
        return ArchivalPdf.render(templates.process("county/report-document", context), title(report));
    }

    byte[] xlsx(CountyReport report, FollowUpFigures figures) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(title(report));
            workbook.getProperties().getCoreProperties().setCreator("Samverka");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            CellStyle total = workbook.createCellStyle();
            total.setFont(bold);
            total.setBorderTop(BorderStyle.THIN);
            total.setDataFormat(workbook.createDataFormat().getFormat("# ##0.##"));
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("# ##0.##"));

            int chapterNumber = 0;
            for (FollowUpChapter chapter : FollowUpChapter.values()) {
                chapterNumber++;
                List<FollowUpFigures.Table> tables = figures.of(chapter);
                if (tables.isEmpty()) {
                    continue;
                }
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(chapterNumber + " "
                        + texts.message("county.report.sheet." + chapter)));
                int r = 0;
                Row title = sheet.createRow(r++);
                title.createCell(0).setCellValue(title(report) + " – "
                        + texts.message("county.report.chapter." + chapter));
                title.getCell(0).setCellStyle(header);
                int widest = 1;
                for (FollowUpFigures.Table table : tables) {
                    r++;
                    sheet.createRow(r++).createCell(0).setCellValue(texts.message(table.caption()));
                    Row columns = sheet.createRow(r++);
                    cell(columns, 0, texts.message("county.report.col.area"), header);
                    for (int c = 0; c < table.columns().size(); c++) {
                        cell(columns, c + 1, texts.message(table.columns().get(c)), header);
                    }
                    widest = Math.max(widest, table.columns().size() + 1);
                    int first = r;
                    for (FollowUpFigures.Line line : table.lines()) {
                        Row row = sheet.createRow(r++);
                        String name = line.total() ? texts.message("county.total")
                                : line.nameKey() != null ? texts.message(line.nameKey()) : line.name();
                        cell(row, 0, name, line.total() ? total : null);
                        for (int c = 0; c < line.values().size(); c++) {
                            BigDecimal value = line.values().get(c);
                            Cell cell = row.createCell(c + 1);
                            if (line.total()) {
                                String column = CellReference.convertNumToColString(c + 1);
                                cell.setCellFormula("SUM(" + column + (first + 1) + ":" + column + (r - 1) + ")");
                                cell.setCellStyle(total);
                            } else if (value == null) {
                                cell.setCellValue(texts.message("county.report.suppressed"));
                            } else {
                                cell.setCellValue(value.doubleValue());
                                cell.setCellStyle(number);
                            }
                        }
                    }
                }
                sheet.setColumnWidth(0, 40 * 256);
                for (int c = 1; c < widest; c++) {
                    sheet.setColumnWidth(c, 14 * 256);
                }
                printed(sheet);
            }

            Sheet written = workbook.createSheet(texts.message("county.report.xlsx.texts"));
            Row columns = written.createRow(0);
            cell(columns, 0, texts.message("county.report.xlsx.chapter"), header);
            cell(columns, 1, texts.message("county.report.xlsx.text"), header);
            int r = 1;
            for (FollowUpChapter chapter : FollowUpChapter.values()) {
                Row row = written.createRow(r++);
                row.createCell(0).setCellValue(texts.message("county.report.chapter." + chapter));
                row.createCell(1).setCellValue(report.text(chapter));
            }
            written.setColumnWidth(0, 34 * 256);
            written.setColumnWidth(1, 100 * 256);
            printed(written);
            // the sums' values are stored too, for readers that do not calculate
            org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Landscape A4, as wide as a page, the first column repeated. */
    private static void printed(Sheet sheet) {
        PrintedSheet.landscape(sheet);
        sheet.setRepeatingColumns(new org.apache.poi.ss.util.CellRangeAddress(-1, -1, 0, 0));
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
