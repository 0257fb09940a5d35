package se.samverka.directory;

import java.util.Locale;

/**
 * A language of the public pages ({@link Languages}), with what a page in it needs: its {@code lang} and
 * {@code dir}, the prefix of its addresses and its name in itself for the language switch.
 *
 * @param tag         the BCP 47 tag, the {@code lang} of the page
 * @param prefix      what the language puts before a public page's path: "" for Swedish, "/en" for English
 * @param name        the language's name in itself
 * @param rightToLeft whether it is written from right to left (the page's {@code dir})
 */
record Language(String tag, String prefix, String name, boolean rightToLeft) {

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** This language's address of a page given without prefix, e.g. "/hitta/12" → "/en/hitta/12". */
    public String link(String page) {
        return prefix + page;
    }
}
