package se.samverka.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the public pages ({@code samverka.public-languages}, BCP 47 tags, Swedish first): Swedish at the
 * pages' own addresses, every other language under its tag in lower case ({@code /en/hitta}, {@code /ar/hitta}). A
 * language is added by a messages file and its tag here, without code.
 */
@Component
public class PublicLanguages {

    private final List<Locale> locales;

    PublicLanguages(@Value("${samverka.public-languages:sv,en}") List<String> tags) {
        this.locales = tags.stream().map(String::strip).filter(t -> !t.isEmpty()).map(Locale::forLanguageTag)
                .distinct().toList();
        if (locales.isEmpty() || !locales.getFirst().getLanguage().equals("sv")) {
            throw new IllegalArgumentException("samverka.public-languages begins with sv: " + tags);
        }
    }

    /** Every language, Swedish first. */
    public List<Locale> all() {
        return locales;
    }

    /** What a language puts before a page's path: nothing for Swedish, "/en" for English. */
    public String prefix(Locale locale) {
        return locale.equals(locales.getFirst()) ? "" : "/" + locale.toLanguageTag().toLowerCase(Locale.ROOT);
    }

    /** The path without its language's prefix: "/en/hitta/12" → "/hitta/12", "/en" → "". */
    public String withoutPrefix(String path) {
        return ofPath(path).map(locale -> path.substring(prefix(locale).length())).orElse(path);
    }

    /**
     * Whether the path is one of {@code pages} (or below one) in any language, or a language's own address
     * ({@code /en}).
     */
    public boolean isPublic(String path, List<String> pages) {
        String page = withoutPrefix(path);
        return page.isEmpty() && !path.isEmpty()
                || pages.stream().anyMatch(p -> page.equals(p) || page.startsWith(p + "/"));
    }

    /** The language whose prefix begins the path ({@code /en} or {@code /en/…}); none for Swedish. */
    public Optional<Locale> ofPath(String path) {
        for (Locale locale : locales.subList(1, locales.size())) {
            String prefix = prefix(locale);
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return Optional.of(locale);
            }
        }
        return Optional.empty();
    }
}
