package se.samverka.document;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A spreadsheet that prints as a document: a title row saying what the sheet is, then the column headers, both frozen
 * on screen and repeated on every printed page; A4 landscape as wide as the page; columns as wide as their contents.
 */
public final class PrintedSheet {

    /** The first row of data: row 0 is the title, row 1 the column headers. */
    public static final int FIRST_ROW = 2;

    private PrintedSheet() {
    }

    public static void top(Sheet sheet, String title, CellStyle titleStyle, CellStyle headerStyle, List<String> headers) {
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(titleStyle);
        Row row = sheet.createRow(FIRST_ROW - 1);
        for (int i = 0; i < headers.size(); i++) {
            Cell header = row.createCell(i);
            header.setCellValue(headers.get(i));
            header.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, FIRST_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(0, FIRST_ROW - 1, -1, -1));
        landscape(sheet);
    }

    /** A4 landscape, one page wide and as many pages down as it takes. */
    public static void landscape(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    /**
     * Each of the first {@code columns} columns as wide as its longest text below the title, headers counting at most
     * 16 characters (they wrap), numbers 14; at least 8 and at most 60 characters.
     */
    public static void fit(Sheet sheet, int columns) {
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
}
