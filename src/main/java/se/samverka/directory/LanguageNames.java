package se.samverka.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The languages a centre may say its staff speak or an activity is held in, as ISO 639-1 codes, named in a page's
 * language: "ar" → "arabiska" on a Swedish page, "Arabic" on an English one.
 */
final class LanguageNames {

    /**
     * Swedish, English and the languages most spoken by newly arrived families in Västra Götaland.
     */
    static final List<String> OFFERED = List.of("sv", "en", "ar", "so", "ti", "fa", "ku", "ps", "am", "bs", "hr", "sr",
            "sq", "pl", "ro", "uk", "ru", "fi", "es", "fr", "de", "tr", "th", "vi", "zh");

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
