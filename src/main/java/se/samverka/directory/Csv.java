package se.samverka.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Comma-separated values as RFC 4180 writes them: lines end in CRLF, and a field with a comma, a double quote or a
 * line break is put in double quotes, each of its double quotes doubled. An absent value is an empty field. The file
 * starts with a byte order mark, so a spreadsheet opens it as UTF-8 (without it Excel shows "Ã¶" for "ö"), and a text
 * that a spreadsheet would take for a formula (it starts with =, +, -, @ or a tab) gets an apostrophe first; numbers
 * and telephone numbers ("+46 31 …", "-0,5") are written as they are.
 */
final class Csv {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final Pattern NUMBER_OR_PHONE = Pattern.compile("[+-]?[0-9][0-9 ()\\-.,]*");

    private final StringBuilder text = new StringBuilder(BYTE_ORDER_MARK);

    void row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append("\r\n");
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = formulaLike(value) ? "'" + value : value;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\r') < 0 && safe.indexOf('\n') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static boolean formulaLike(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
                && !NUMBER_OR_PHONE.matcher(value).matches();
    }
}
