package se.samverka.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** ISO 639-1 codes named in a page's language, e.g. "ar" → "arabiska" on a Swedish page and "Arabic" on an English one. */
final class LanguageNames {

    private LanguageNames() {
    }

    static Map<String, String> of(List<String> codes, Locale page) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, Locale.forLanguageTag(code).getDisplayLanguage(page)));
        return names;
    }

    static String joined(List<String> codes, Locale page) {
        return String.join(", ", of(codes, page).values());
    }
}
