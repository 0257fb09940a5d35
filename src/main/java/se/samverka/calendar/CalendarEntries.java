package se.samverka.calendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreSummary;
import se.samverka.centre.Responsibility;
import se.samverka.identity.Actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything dated for the centres a user may see, and the user's own dates, from every module that has some; at the
 * centres the county only follows up, what the follow-up looks at ({@link CalendarSource#followedUp()}).
 */
@Service
class CalendarEntries {

    /** The order of a day: all-day entries first, then by start, then as the modules gave them. */
    static final Comparator<CalendarEntry> ORDER = Comparator.comparing(CalendarEntry::date)
            .thenComparing(CalendarEntry::startsAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CalendarEntry::summary).thenComparing(CalendarEntry::uid);

    /** The centres and what is dated in a span of days. */
    record Dated(Map<Long, String> centres, List<CalendarEntry> entries) {
    }

    private final CentreRegistry registry;
    private final List<CalendarSource> sources;
    private final List<PersonalCalendarSource> personalSources;

    CalendarEntries(CentreRegistry registry, List<CalendarSource> sources,
                    List<PersonalCalendarSource> personalSources) {
        this.registry = registry;
        this.sources = sources;
        this.personalSources = personalSources;
    }

    /**
     * @param feed only what the personal feed has (not the public activities, which have feeds of their own)
     */
    @Transactional(readOnly = true)
    Dated between(Actor actor, LocalDate from, LocalDate to, boolean feed) {
        Responsibility responsibility = registry.responsibility(actor);
        Map<Long, String> centres = byName(responsibility.following());
        Map<Long, String> whole = new LinkedHashMap<>(centres);
        responsibility.followedUp().forEach(centre -> whole.remove(centre.id()));
        List<CalendarEntry> entries = new ArrayList<>();
        for (CalendarSource source : sources) {
            Map<Long, String> asked = source.followedUp() ? centres : whole;
            if ((!feed || source.inFeed()) && !asked.isEmpty()) {
                entries.addAll(source.entries(asked, from, to));
            }
        }
        personalSources.forEach(source -> source.entries(actor).stream()
                .filter(entry -> !entry.date().isBefore(from) && !entry.date().isAfter(to))
                .forEach(entries::add));
        entries.sort(ORDER);
        return new Dated(centres, entries);
    }

    private static Map<Long, String> byName(List<CentreSummary> centres) {
        Map<Long, String> byName = new LinkedHashMap<>();
        centres.stream().sorted(Comparator.comparing(CentreSummary::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(centre -> byName.put(centre.id(), centre.name()));
        return byName;
    }
}
