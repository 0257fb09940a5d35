package se.samverka.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: lines end in CRLF, and a field with a comma, a double quote or a
 * line break is put in double quotes, each of its double quotes doubled. An absent value is an empty field.
 */
final class Csv {

    private final StringBuilder text = new StringBuilder();

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
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
