package se.samverka.county;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
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

/** The compliance matrix as an XLSX workbook: the matrix as shown, and the rules it names with the agreement's words. */
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

            Sheet sheet = workbook.createSheet(texts.message("county.matrix.sheet"));
            List<String> headers = new ArrayList<>(List.of(texts.message("centre.name"),
                    texts.message("centre.municipality"), texts.message("county.sub-region"),
                    texts.message("county.kind")));
            headers.addAll(matrix.ruleIds());
            headers.add(texts.message("county.matrix.not-met"));
            header(sheet, header, headers);
            int r = 1;
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
            sheet.createFreezePane(1, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0,
                    headers.size() - 1));
            for (int c = 0; c < headers.size(); c++) {
                sheet.setColumnWidth(c, c < 4 ? 30 * 256 : 12 * 256);
            }

            Sheet rules = workbook.createSheet(texts.message("county.matrix.rules-sheet"));
            header(rules, header, List.of(texts.message("county.matrix.rule"), texts.message("county.matrix.section"),
                    texts.message("county.matrix.severity"), texts.message("county.matrix.quote")));
            r = 1;
            for (String id : matrix.ruleIds()) {
                Rule rule = RuleBook.rule(id).orElseThrow();
                Row row = rules.createRow(r++);
                row.createCell(0).setCellValue(rule.id());
                row.createCell(1).setCellValue(rule.section());
                row.createCell(2).setCellValue(texts.message("severity." + rule.severity()));
                row.createCell(3).setCellValue(rule.quote());
            }
            rules.setColumnWidth(3, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, CellStyle style, List<String> names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(style);
        }
    }
}
