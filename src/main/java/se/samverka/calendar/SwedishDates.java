package se.samverka.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as Swedish readers write them: "2 december 2026", "mån 7 dec", "09.00–11.00". */
public final class SwedishDates {

    private static final Locale SWEDISH = Locale.of("sv", "SE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", SWEDISH);
    private static final String[] WEEKDAYS = {"mån", "tis", "ons", "tors", "fre", "lör", "sön"};
    private static final String[] MONTHS = {"jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt",
            "nov", "dec"};

    private SwedishDates() {
    }

    /** "2 december 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "mån 7 dec", with the abbreviations of Språkrådet (the JDK's Swedish ones carry a full stop). */
    public static String shortDay(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + " "
                + MONTHS[date.getMonthValue() - 1];
    }

    /** "09.00–11.00"; the end with its date when it is another day. */
    public static String times(LocalDateTime start, LocalDateTime end) {
        String until = end.toLocalDate().equals(start.toLocalDate()) ? TIME.format(end)
                : shortDay(end.toLocalDate()) + " " + TIME.format(end);
        return TIME.format(start) + "–" + until;
    }
}
