package se.samverka.directory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A day as the public pages write it: "10 december 2026" in Swedish, "10 December 2026" in English. */
final class Dates {

    private Dates() {
    }

    static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }
}
