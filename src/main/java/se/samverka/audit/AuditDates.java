package se.samverka.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A date as a Swedish reviewer may write it: 2026-03-01 (ISO 8601), 20260301, 1/3 2026 or 1 mars 2026. */
final class AuditDates {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.BASIC_ISO_DATE,
            DateTimeFormatter.ofPattern("d/M uuuu", SWEDISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu", SWEDISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMMM uuuu", SWEDISH).withResolverStyle(ResolverStyle.STRICT));

    private AuditDates() {
    }

    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        String date = text.trim().replaceAll("\\s+", " ").toLowerCase(SWEDISH);
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(date, format));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return Optional.empty();
    }
}
