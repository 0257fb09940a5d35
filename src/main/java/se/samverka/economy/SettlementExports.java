package se.samverka.economy;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreParticipants;
import se.samverka.document.ArchivalPdf;
import se.samverka.document.Xhtml;
import se.samverka.platform.StorableText;
import se.samverka.platform.Texts;
import se.samverka.rules.BaseOperation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A settlement as a spreadsheet (the items and their shares; what each operation owes whom; each operation's
 * balance) and as an archival PDF/A-2a that meets PDF/UA-1. Amounts in the spreadsheet are numbers in kronor
 * with the format that Swedish Excel shows as {@code # ##0,00 kr}.
 */
@Component
class SettlementExports {

    /** Stored locale-neutrally; Excel and LibreOffice in Swedish show it as "# ##0,00 kr". */
    static final String KRONOR_FORMAT = "#,##0.00\\ \"kr\"";
    /** The spreadsheet's first row of lines, after the title row and the column headers. */
    static final int FIRST_ROW = 2;

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String STYLE = ArchivalPdf.numberedPages("A4 landscape", "18mm 15mm 18mm 15mm", "8pt") + """
            body { font-family: 'Liberation Sans'; font-size: 9.5pt; line-height: 1.35; color: #000000; }
            h1 { font-size: 18pt; margin: 0 0 3mm 0; }
            h2 { font-size: 12.5pt; margin: 7mm 0 2mm 0; page-break-after: avoid; }
            p { margin: 0 0 2mm 0; }
            table { width: 100%; border-collapse: collapse; margin: 2mm 0 0 0; }
            th { text-align: left; border-bottom: 1pt solid #000000; padding: 1.2mm 1.5mm 1.2mm 0; }
            td { border-bottom: 0.4pt solid #999999; padding: 1.2mm 1.5mm 1.2mm 0; vertical-align: top; }
            .num { text-align: right; white-space: nowrap; }
            tr { page-break-inside: avoid; }
            """;

    private final Texts texts;

    SettlementExports(Texts texts) {
        this.texts = texts;
    }

    /** A text as a workbook cell holds it (at most 32,767 characters), even one saved before input was checked. */
    static String xmlSafe(String text) {
        String safe = StorableText.clean(text);
        return safe == null || safe.length() <= 32_767 ? safe : safe.substring(0, 32_767);
    }

    String title(Settlement settlement) {
        return "Avräkning av gemensamma kostnader " + settlement.year() + ", " + settlement.periodLabel();
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
            Sheet items = workbook.createSheet("Kostnadsposter");
            List<String> headers = new ArrayList<>(List.of("Period", "Post nr", "Kategori", "Beskrivning", "Rättar post",
                    "Betalare", "Belopp"));
            operations.forEach(op -> headers.add("Andel " + texts.operation(op)));
            top(items, heading, titleStyle, header, headers);
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
            sum.createCell(3).setCellValue("Summa");
            for (int column = 6; column < headers.size(); column++) {
                sum(sum, column, r, kronor);
            }
            fit(items, headers.size());

            Sheet debts = workbook.createSheet("Vem är skyldig vem");
            top(debts, heading, titleStyle, header, List.of("Skyldig", "Till", "Belopp"));
            r = FIRST_ROW;
            for (Settlement.Debt debt : settlement.debts()) {
                Row row = debts.createRow(r++);
                row.createCell(0).setCellValue(operation(debt.from()));
                row.createCell(1).setCellValue(operation(debt.to()));
                money(row, 2, debt.ore(), kronor);
            }
            fit(debts, 3);

            Sheet balances = workbook.createSheet("Per verksamhet");
            top(balances, heading, titleStyle, header,
                    List.of("Basverksamhet", "Har betalat", "Andel", "Att få (+) eller betala (−)"));
            r = FIRST_ROW;
            for (Settlement.Balance balance : settlement.balances()) {
                Row row = balances.createRow(r++);
                row.createCell(0).setCellValue(operation(balance.operation()));
                money(row, 1, balance.paidOre(), kronor);
                money(row, 2, balance.shareOre(), kronor);
                money(row, 3, balance.netOre(), kronor);
            }
            fit(balances, 4);
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

    /**
     * The sheet's first rows: what it is (the settlement, year, period and centre) and the column headers, both
     * repeated on every printed page and frozen on screen; printed on A4 landscape, as wide as the page.
     */
    private static void top(Sheet sheet, String heading, CellStyle titleStyle, CellStyle style, List<String> headers) {
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(heading);
        title.setCellStyle(titleStyle);
        Row row = sheet.createRow(FIRST_ROW - 1);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(style);
        }
        sheet.createFreezePane(0, FIRST_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(0, FIRST_ROW - 1, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
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

    /** Each column as wide as its longest text (headers wrap), within reason; amounts have room for millions. */
    private static void fit(Sheet sheet, int columns) {
        int[] widest = new int[columns];
        for (Row row : sheet) {
            if (row.getRowNum() < FIRST_ROW - 1) {
                continue;
            }
            for (Cell cell : row) {
                int column = cell.getColumnIndex();
                if (column < columns) {
                    int length = switch (cell.getCellType()) {
                        case STRING -> row.getRowNum() == FIRST_ROW - 1
                                ? Math.min(cell.getStringCellValue().length(), 16)
                                : cell.getStringCellValue().length();
                        case NUMERIC, FORMULA -> 14;
                        default -> 0;
                    };
                    widest[column] = Math.max(widest[column], length);
                }
            }
        }
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, Math.clamp(widest[i] + 2, 8, 60) * 256);
        }
    }

    byte[] pdf(Settlement settlement, CentreParticipants centre) {
        String title = title(settlement);
        return ArchivalPdf.render(title, xmlSafe(centre.name()), STYLE, html -> body(html, settlement, centre, title));
    }

    private void body(Xhtml html, Settlement settlement, CentreParticipants centre, String title) {
        List<BaseOperation> operations = settlement.operations();
        html.element("h1", title);
        html.element("p", "Familjecentral: " + xmlSafe(centre.name()));
        html.element("p", settlement.locked()
                ? "Avräkningen är låst sedan " + TIME.format(settlement.closed().closedAt().atZone(SWEDEN)) + "."
                : "Avräkningen är öppen: poster kan ännu läggas till och ändras.");
        html.element("p", "Samordnarens kostnad delas lika mellan basverksamheterna (R14a). Övriga gemensamma "
                + "kostnader delas " + (settlement.basis() == se.samverka.rules.R14b.Basis.LOCAL_KEY
                ? "enligt det lokala samverkansavtalets nyckel" : "lika") + " (R14b). Beloppen är exakta på öret; "
                + "ett öre som inte går jämnt ut tas av den som betalat (R14c).");

        html.element("h2", "Kostnadsposter och andelar");
        if (settlement.lines().isEmpty()) {
            html.element("p", "Inga kostnader i perioden.");
        } else {
            html.open("table").open("thead").open("tr");
            for (String h : List.of("Post", "Kategori och beskrivning", "Betalare", "Belopp")) {
                html.element("th", h, "scope", "col");
            }
            operations.forEach(op -> html.element("th", "Andel " + texts.operation(op), "scope", "col"));
            html.close().close().open("tbody");
            for (Settlement.Line line : settlement.lines()) {
                CostItem item = line.item();
                html.open("tr").element("th", "Nr " + item.id(), "scope", "row")
                        .element("td", texts.message("economy.category." + item.category().name()) + ": "
                                + xmlSafe(item.description()) + (item.correctsId() == null ? "" : " (rättar post nr "
                                + item.correctsId() + ")"))
                        .element("td", operation(item.payer()))
                        .element("td", Money.kronor(item.amountOre()), "class", "num");
                operations.forEach(op -> html.element("td", Money.kronor(line.share(op)), "class", "num"));
                html.close();
            }
            html.open("tr").element("th", "Summa", "scope", "row").element("td", "").element("td", "")
                    .element("td", Money.kronor(settlement.totalOre()), "class", "num");
            operations.forEach(op -> html.element("td",
                    Money.kronor(settlement.lines().stream().mapToLong(l -> l.share(op)).sum()), "class", "num"));
            html.close().close().close();
        }

        html.element("h2", "Vem är skyldig vem");
        if (settlement.debts().isEmpty()) {
            html.element("p", "Ingen är skyldig någon något i perioden.");
        } else {
            html.open("table").open("thead").open("tr");
            for (String h : List.of("Skyldig", "Till", "Belopp")) {
                html.element("th", h, "scope", "col");
            }
            html.close().close().open("tbody");
            for (Settlement.Debt debt : settlement.debts()) {
                html.open("tr").element("th", operation(debt.from()), "scope", "row")
                        .element("td", operation(debt.to()))
                        .element("td", Money.kronor(debt.ore()), "class", "num").close();
            }
            html.close().close();
        }

        html.element("h2", "Per basverksamhet");
        html.open("table").open("thead").open("tr");
        for (String h : List.of("Basverksamhet", "Har betalat", "Andel", "Att få (+) eller betala (−)")) {
            html.element("th", h, "scope", "col");
        }
        html.close().close().open("tbody");
        for (Settlement.Balance balance : settlement.balances()) {
            html.open("tr").element("th", operation(balance.operation()), "scope", "row")
                    .element("td", Money.kronor(balance.paidOre()), "class", "num")
                    .element("td", Money.kronor(balance.shareOre()), "class", "num")
                    .element("td", Money.kronor(balance.netOre()), "class", "num").close();
        }
        html.close().close();
    }
}
