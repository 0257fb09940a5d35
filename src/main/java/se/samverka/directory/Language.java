package se.samverka.directory;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.List;

/**
 * A public page's language, taken from its address: Swedish at {@code /hitta…}, English at {@code /en/hitta…}.
 * Adding a language is a messages file, an entry here and its prefix in {@code platform.web.PathLocaleResolver}.
 *
 * @param tag    the BCP 47 tag, also the {@code lang} of the page
 * @param prefix what the language puts before a public page's path
 * @param name   the language's name in itself, for the switch
 */
record Language(String tag, String prefix, String name) {

    static final Language SWEDISH = new Language("sv", "", "Svenska");
    static final Language ENGLISH = new Language("en", "/en", "English");
    static final List<Language> ALL = List.of(SWEDISH, ENGLISH);

    /** The language the address gave the request ({@code platform.web.PathLocaleResolver}); Swedish otherwise. */
    static Language of(HttpServletRequest request) {
        String tag = RequestContextUtils.getLocale(request).getLanguage();
        return ALL.stream().filter(l -> l.tag.equals(tag)).findFirst().orElse(SWEDISH);
    }

    /** The page's path without its language's prefix: the same page in every language. */
    static String page(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length() + of(request).prefix.length());
    }

    /** This language's address of a page given without prefix, e.g. "/hitta/12" → "/en/hitta/12". */
    public String link(String page) {
        return prefix + page;
    }
}
