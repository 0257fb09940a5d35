package se.samverka.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import se.samverka.platform.PageLocale;
import se.samverka.platform.PublicLanguages;

import java.util.Locale;
import java.util.Optional;

/**
 * The language of a page from its address, never from a cookie or a session: the public pages under {@code /en/…}
 * are English (and so on for each of {@link PublicLanguages}), every other page Swedish. A page's address is then a page in one language, which a proxy can cache
 * and a search engine can list (hreflang). A page that is not public may set its language itself ({@link PageLocale}).
 */
@Component("localeResolver")
class PathLocaleResolver implements LocaleResolver {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final PublicLanguages languages;

    PathLocaleResolver(PublicLanguages languages) {
        this.languages = languages;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Optional<Locale> given = PageLocale.of(request);
        if (given.isPresent()) {
            return given.get();
        }
        return languages.ofPath(request.getRequestURI().substring(request.getContextPath().length())).orElse(SWEDISH);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language follows the address");
    }
}
