package se.samverka.directory;

import se.samverka.centre.PublicListing.Listed;
import se.samverka.directory.PublicInfo.Closure;
import se.samverka.directory.PublicInfo.Feature;
import se.samverka.directory.PublicInfo.Hours;
import se.samverka.directory.PublicInfo.OpenNow;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.Participation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A centre's public page as shown in one language: the registry's facts with what the centre published (or, in a
 * preview, its draft), its hours written out, open now or not, and when the page last changed.
 *
 * @param operations the base operations, those on site first, each with its text and hours
 * @param centreHours the hours of the whole centre
 * @param updatedOn  the day the registry or the published page last changed
 */
record PublicCentre(Listed centre, PublicInfo info, List<OperationView> operations, List<HoursLine> centreHours,
                    List<ClosureLine> closures, OpenNow openNow, List<String> languages, List<Feature> features,
                    LocalDate updatedOn) {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** A base operation on the page: the centre's own text for it, or null for the standard text (§10). */
    record OperationView(BaseOperation operation, boolean onSite, String text, List<HoursLine> hours) {
    }

    /** A line of hours in words: "måndag–fredag", "09.00–12.00". */
    record HoursLine(Hours hours, String days, String time) {
    }

    /** A closure in words: its days and what it concerns. */
    record ClosureLine(Closure closure, String days) {
    }

    static PublicCentre of(Listed centre, PublicInfo info, Instant publishedAt, Language language,
                           LocalDateTime now) {
        Locale locale = Locale.forLanguageTag(language.tag());
        List<OperationView> operations = centre.participations().stream()
                .sorted(Comparator.comparing((Participation p) -> !p.coLocated()).thenComparing(Participation::operation))
                .map(p -> new OperationView(p.operation(), p.coLocated(),
                        info.text(p.operation(), language.tag()).orElse(null),
                        lines(info.hours().stream().filter(h -> h.operation() == p.operation()), locale)))
                .toList();
        List<ClosureLine> closures = info.closuresFrom(now.toLocalDate()).stream()
                .map(c -> new ClosureLine(c, period(c.from(), c.to(), locale))).toList();
        List<String> languages = List.copyOf(LanguageNames.of(info.languages(), locale).values());
        LocalDate updatedOn = Stream.of(centre.changedAt(), publishedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).map(i -> LocalDate.ofInstant(i, SWEDEN)).orElse(null);
        return new PublicCentre(centre, info, operations,
                lines(info.hours().stream().filter(h -> h.operation() == null), locale), closures,
                info.openAt(now), languages, info.accessibility().stream().sorted().toList(), updatedOn);
    }

    /** Whether the page has anything on how to reach the centre beyond its address. */
    public boolean hasContact() {
        return info.phone() != null || info.email() != null || info.website() != null;
    }

    /** Lines of hours written out, in the given order. */
    static List<HoursLine> lines(List<Hours> hours, Locale locale) {
        return lines(hours.stream(), locale);
    }

    private static List<HoursLine> lines(Stream<Hours> hours, Locale locale) {
        return hours.map(h -> new HoursLine(h, days(h.weekDays(), locale), time(h.opens(), h.closes(), locale)))
                .toList();
    }

    /** The days, three or more in a row written as a span: "måndag–fredag", "måndag, onsdag". */
    static String days(List<DayOfWeek> days, Locale locale) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(name(days.get(i), locale) + "–" + name(days.get(j), locale));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(name(days.get(k), locale));
                }
            }
            i = j + 1;
        }
        return capitalized(String.join(", ", parts), locale);
    }

    /** "09.00–12.00" in Swedish (Språkrådet's way of writing times), "09:00–12:00" in English. */
    static String time(LocalTime opens, LocalTime closes, Locale locale) {
        return clock(opens, locale) + "–" + clock(closes, locale);
    }

    static String clock(LocalTime time, Locale locale) {
        return time.format(DateTimeFormatter.ofPattern("sv".equals(locale.getLanguage()) ? "HH.mm" : "HH:mm"));
    }

    private static String period(LocalDate from, LocalDate to, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return from.equals(to) ? from.format(format) : from.format(format) + " – " + to.format(format);
    }

    private static String name(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
