package se.samverka.economy;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.samverka.centre.CentreParticipants;
import se.samverka.document.ArchivalPdf;
import se.samverka.document.PrintedSheet;
import se.samverka.platform.StorableText;
import se.samverka.platform.Texts;
import se.samverka.rules.BaseOperation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A settlement as a spreadsheet (the items and their shares; what each operation owes whom; each operation's
 * balance) and as an archival PDF/A-2a that meets PDF/UA-1, made from a template. Amounts in the spreadsheet are
 * numbers in kronor with the format that Swedish Excel shows as {@code # ##0,00 kr}.
 */
@Component
class SettlementExports {

    /** Stored locale-neutrally; Excel and LibreOffice in Swedish show it as "# ##0,00 kr". */
    static final String KRONOR_FORMAT = "#,##0.00\\ \"kr\"";
    /** The spreadsheet's first row of lines, after the title row and the column headers. */
    private static final int FIRST_ROW = PrintedSheet.FIRST_ROW;

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final Texts texts;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final RentKeyTexts rentKeys;

    SettlementExports(Texts texts, ITemplateEngine templates, MessageSource messages, RentKeyTexts rentKeys) {
        this.texts = texts;
        this.templates = templates;
        this.messages = messages;
        this.rentKeys = rentKeys;
    }

    /** A text as a workbook cell holds it (at most 32,767 characters), even one saved before input was checked. */
    static String xmlSafe(String text) {
        String safe = StorableText.clean(text);
        return safe == null || safe.length() <= 32_767 ? safe : safe.substring(0, 32_767);
    }

    String title(Settlement settlement) {
        return messages.getMessage("economy.document.title", new Object[]{settlement.year(), settlement.periodLabel()},
                SWEDISH);
    }

    byte[] xlsx(Settlement settlement, CentreParticipants centre) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(xmlSafe(title(settlement) + " – " + centre.name()));
            workbook.getProperties().getCoreProperties().setCreator("Samverka");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            CellStyle kronor = workbook.createCellStyle();
            kronor.setDataFormat(workbook.createDataFormat().getFormat(KRONOR_FORMAT));

            CellStyle titleStyle = workbook.createCellStyle();
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 13);
            titleStyle.setFont(large);
            String heading = xmlSafe(title(settlement) + " – " + centre.name());

            List<BaseOperation> operations = settlement.operations();
            Sheet items = workbook.createSheet(texts.message("economy.xlsx.items"));
            List<String> headers = new ArrayList<>(List.of(texts.message("economy.xlsx.period"),
                    texts.message("economy.xlsx.item"), texts.message("economy.xlsx.category"),
                    texts.message("economy.xlsx.description"), texts.message("economy.xlsx.corrects"),
                    texts.message("economy.xlsx.payer"), texts.message("economy.xlsx.amount")));
            operations.forEach(op -> headers.add(texts.message("economy.xlsx.share", texts.operation(op))));
            PrintedSheet.top(items, heading, titleStyle, header, headers);
            int r = FIRST_ROW;
            for (Settlement.Line line : settlement.lines()) {
                Row row = items.createRow(r++);
                CostItem item = line.item();
                row.createCell(0).setCellValue(settlement.year() + " " + settlement.periodLabel());
                row.createCell(1).setCellValue(item.id());
                row.createCell(2).setCellValue(texts.message("economy.category." + item.category().name()));
                row.createCell(3).setCellValue(xmlSafe(item.description()));
                if (item.correctsId() != null) {
                    row.createCell(4).setCellValue(item.correctsId());
                }
                row.createCell(5).setCellValue(operation(item.payer()));
                money(row, 6, item.amountOre(), kronor);
                for (int i = 0; i < operations.size(); i++) {
                    money(row, 7 + i, line.share(operations.get(i)), kronor);
                }
            }
            Row sum = items.createRow(r);
            sum.createCell(3).setCellValue(texts.message("economy.xlsx.sum"));
            for (int column = 6; column < headers.size(); column++) {
                sum(sum, column, r, kronor);
            }
            PrintedSheet.fit(items, headers.size());

            Sheet debts = workbook.createSheet(texts.message("economy.xlsx.debts"));
            PrintedSheet.top(debts, heading, titleStyle, header, List.of(texts.message("economy.xlsx.from"),
                    texts.message("economy.xlsx.to"), texts.message("economy.xlsx.amount")));
            r = FIRST_ROW;
            for (Settlement.Debt debt : settlement.debts()) {
                Row row = debts.createRow(r++);
                row.createCell(0).setCellValue(operation(debt.from()));
                row.createCell(1).setCellValue(operation(debt.to()));
                money(row, 2, debt.ore(), kronor);
            }
            PrintedSheet.fit(debts, 3);

            Sheet balances = workbook.createSheet(texts.message("economy.xlsx.balances"));
            PrintedSheet.top(balances, heading, titleStyle, header,
                    List.of(texts.message("economy.xlsx.operation"), texts.message("economy.xlsx.paid"),
                            texts.message("economy.xlsx.part"), texts.message("economy.xlsx.net")));
            r = FIRST_ROW;
            for (Settlement.Balance balance : settlement.balances()) {
                Row row = balances.createRow(r++);
                row.createCell(0).setCellValue(operation(balance.operation()));
                money(row, 1, balance.paidOre(), kronor);
                money(row, 2, balance.shareOre(), kronor);
                money(row, 3, balance.netOre(), kronor);
            }
            PrintedSheet.fit(balances, 4);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String operation(BaseOperation operation) {
        String name = texts.operation(operation);
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void money(Row row, int column, long ore, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(java.math.BigDecimal.valueOf(ore, 2).doubleValue());
        cell.setCellStyle(style);
    }

    /** The sum of the column's lines above, as a formula, so that a changed amount changes the sum. */
    private static void sum(Row row, int column, int sumRow, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (sumRow == FIRST_ROW) {
            cell.setCellValue(0);
            return;
        }
        String letter = CellReference.convertNumToColString(column);
        cell.setCellFormula("SUM(%s%d:%s%d)".formatted(letter, FIRST_ROW + 1, letter, sumRow));
    }

    /**
     * The settlement as a PDF/A-2a document for the parties, from the template {@code economy/settlement-document.html}
     * with the reports' print style sheet, in Swedish.
     */
    byte[] pdf(Settlement settlement, CentreParticipants centre) {
        Map<BaseOperation, String> names = new EnumMap<>(BaseOperation.class);
        for (BaseOperation operation : BaseOperation.values()) {
            names.put(operation, messages.getMessage("operation." + operation.name(), null, SWEDISH));
        }
        var context = new Context(SWEDISH);
        context.setVariable("title", title(settlement));
        context.setVariable("centreName", xmlSafe(centre.name()));
        context.setVariable("settlement", settlement);
        context.setVariable("operations", settlement.operations());
        context.setVariable("names", names);
        context.setVariable("closedAt", settlement.locked()
                ? TIME.format(settlement.closed().closedAt().atZone(SWEDEN)) : null);
        if (settlement.premises() != null) {
            context.setVariable("rentAgreements", rentKeys.agreements(settlement.premises(), SWEDISH));
            context.setVariable("rentShares", rentKeys.shares(settlement.premises(), SWEDISH));
        }
        context.setVariable("compensations", rentKeys.compensations(settlement, SWEDISH));
        return ArchivalPdf.render(templates.process("economy/settlement-document", context), title(settlement));
    }
}
