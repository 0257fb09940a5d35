package se.samverka.platform;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;
import java.util.Optional;

/**
 * The language of a page whose address does not give it: a coordinator's preview of a public page in English. The
 * locale resolver takes it before the address.
 */
public final class PageLocale {

    private static final String ATTRIBUTE = PageLocale.class.getName();

    private PageLocale() {
    }

    public static void set(HttpServletRequest request, Locale locale) {
        request.setAttribute(ATTRIBUTE, locale);
    }

    public static Optional<Locale> of(HttpServletRequest request) {
        return Optional.ofNullable((Locale) request.getAttribute(ATTRIBUTE));
    }
}
