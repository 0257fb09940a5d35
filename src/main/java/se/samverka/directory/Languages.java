package se.samverka.directory;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import se.samverka.platform.PublicLanguages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The public pages' languages as configured ({@link PublicLanguages}): a page's language is taken from its address by
 * the locale resolver; a language written from right to left gets {@code dir="rtl"}.
 */
@Component
class Languages {

    /** The languages written from right to left (ISO 639 codes): Arabic, Persian, Hebrew, Urdu, Pashto, Sorani … */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "iw", "ur", "ps", "ckb", "yi", "dv",
            "ug", "sd");

    private final List<Language> all;

    Languages(PublicLanguages languages) {
        this.all = languages.all().stream().map(locale -> new Language(locale.toLanguageTag(),
                languages.prefix(locale), name(locale), RIGHT_TO_LEFT.contains(locale.getLanguage()))).toList();
    }

    /** Every language, Swedish first. */
    List<Language> all() {
        return all;
    }

    Language swedish() {
        return all.getFirst();
    }

    /** The language of the request, as the address gave it; Swedish otherwise. */
    Language of(HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return all.stream().filter(l -> l.locale().equals(locale)).findFirst()
                .or(() -> all.stream().filter(l -> l.locale().getLanguage().equals(locale.getLanguage())).findFirst())
                .orElse(swedish());
    }

    /** A language other than Swedish by its tag in an address ("en", "ar-xb"). */
    Optional<Language> byPrefix(String tag) {
        return all.stream().skip(1).filter(l -> l.prefix().equals("/" + tag)).findFirst();
    }

    /** The page's path without its language's prefix: the same page in every language. */
    String page(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length() + of(request).prefix().length());
    }

    private static String name(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.toLanguageTag() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
