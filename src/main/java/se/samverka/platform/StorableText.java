package se.samverka.platform;

/**
 * Text as Samverka keeps it: a tab becomes a space, line breaks stay, and characters that can neither be stored in
 * PostgreSQL nor written to XML (so not to XLSX, DOCX or PDF either) are left out: NUL and the other control
 * characters, a lone half of a surrogate pair, the non-characters U+FFFE and U+FFFF.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Whether the text can be kept as it is (a tab counts: it only becomes a space). */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c != '\t' && !allowed(c)) {
                return false;
            }
        }
        return true;
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        if (storable(text)) {
            return text.indexOf('\t') < 0 ? text : text.replace('\t', ' ');
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                cleaned.append(' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cleaned.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    private static boolean allowed(char c) {
        return c == '\n' || c == '\r' || !(c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\uFFFE' || c == '\uFFFF'
                || Character.isSurrogate(c));
    }
}
