package se.samverka.county;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import se.samverka.document.PrintedSheet;
import se.samverka.platform.Texts;
import se.samverka.rules.Outcome;
import se.samverka.rules.Rule;
import se.samverka.rules.RuleBook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The compliance matrix as an XLSX workbook: the matrix as shown, and the rules it names with the agreement's words;
 * each sheet says what it is and on which day in its first row and prints on A4 landscape as wide as the page.
 */
@Component
class ComplianceWorkbook {

    private final Texts texts;

    ComplianceWorkbook(Texts texts) {
        this.texts = texts;
    }

    byte[] xlsx(ComplianceMatrix matrix, LocalDate on) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(texts.message("county.matrix.file-title", on.toString()));
            workbook.getProperties().getCoreProperties().setCreator("Samverka");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);

            CellStyle title = workbook.createCellStyle();
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 13);
            title.setFont(large);
            String fileTitle = texts.message("county.matrix.file-title", on.toString());

            Sheet sheet = workbook.createSheet(texts.message("county.matrix.sheet"));
            List<String> headers = new ArrayList<>(List.of(texts.message("centre.name"),
                    texts.message("centre.municipality"), texts.message("county.sub-region"),
                    texts.message("county.kind")));
            headers.addAll(matrix.ruleIds());
            headers.add(texts.message("county.matrix.not-met"));
            PrintedSheet.top(sheet, fileTitle, title, header, headers);
            int r = PrintedSheet.FIRST_ROW;
            for (ComplianceMatrix.Line line : matrix.lines()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.name());
                row.createCell(1).setCellValue(line.municipality());
                row.createCell(2).setCellValue(line.subRegion());
                row.createCell(3).setCellValue(texts.message("kind." + line.kind()));
                for (int i = 0; i < matrix.ruleIds().size(); i++) {
                    Outcome outcome = line.cell(matrix.ruleIds().get(i));
                    row.createCell(4 + i).setCellValue(outcome == null ? "" : texts.message("outcome." + outcome));
                }
                row.createCell(4 + matrix.ruleIds().size()).setCellValue(line.notMet());
            }
            sheet.createFreezePane(1, PrintedSheet.FIRST_ROW);
            sheet.setAutoFilter(new CellRangeAddress(PrintedSheet.FIRST_ROW - 1,
                    Math.max(PrintedSheet.FIRST_ROW - 1, r - 1), 0, headers.size() - 1));
            PrintedSheet.fit(sheet, headers.size());

            Sheet rules = workbook.createSheet(texts.message("county.matrix.rules-sheet"));
            PrintedSheet.top(rules, fileTitle, title, header, List.of(texts.message("county.matrix.rule"),
                    texts.message("county.matrix.section"), texts.message("county.matrix.severity"),
                    texts.message("county.matrix.quote")));
            r = PrintedSheet.FIRST_ROW;
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            for (String id : matrix.ruleIds()) {
                Rule rule = RuleBook.rule(id).orElseThrow();
                Row row = rules.createRow(r++);
                row.createCell(0).setCellValue(rule.id());
                row.createCell(1).setCellValue(rule.section());
                row.createCell(2).setCellValue(texts.message("severity." + rule.severity()));
                row.createCell(3).setCellValue(rule.quote());
                row.getCell(3).setCellStyle(wrapped);
            }
            PrintedSheet.fit(rules, 4);
            rules.setColumnWidth(3, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
