package se.samverka.directory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.centre.PublicListing.Listed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The days the public activities take place on, recurrences expanded, as the public pages list them. */
@Component
class Occurrences {

    /** How far ahead a centre's page lists its activities. */
    static final int CENTRE_WEEKS = 8;
    static final int CENTRE_MAX = 20;

    /** One day an activity takes place on, at a centre. */
    record Occurrence(PublicActivity activity, LocalDate day, Listed centre, String languages) {

        public boolean cancelled() {
            return activity.state() == ActivityState.CANCELLED;
        }
    }

    /** A day with its occurrences, and its heading in the page's language ("torsdag 10 december"). */
    record Day(LocalDate date, String heading, List<Occurrence> occurrences) {
    }

    private final PublicActivities activities;
    private final Clock clock;

    Occurrences(PublicActivities activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The centre's next occurrences, over the coming weeks, by day. */
    @Transactional(readOnly = true)
    public List<Day> upcoming(Listed centre, Locale locale) {
        LocalDate today = today();
        List<Occurrence> found = between(List.of(centre), null, today, today.plusWeeks(CENTRE_WEEKS).minusDays(1),
                locale);
        return days(found.subList(0, Math.min(found.size(), CENTRE_MAX)), locale);
    }

    /** Every occurrence at the centres, of the kind if given, in {@code from}–{@code to}, in order of day and time. */
    @Transactional(readOnly = true)
    public List<Occurrence> between(Collection<Listed> centres, ActivityKind kind, LocalDate from, LocalDate to,
                                    Locale locale) {
        Map<Long, Listed> byId = centres.stream().collect(Collectors.toMap(Listed::id, Function.identity()));
        List<Occurrence> found = new ArrayList<>();
        for (PublicActivity activity : activities.publicBetween(byId.keySet(), from, to)) {
            if (kind != null && activity.kind() != kind) {
                continue;
            }
            String languages = LanguageNames.joined(activity.languages(), locale);
            for (LocalDate day : activity.days(from, to)) {
                found.add(new Occurrence(activity, day, byId.get(activity.centreId()), languages));
            }
        }
        found.sort(Comparator.comparing(Occurrence::day).thenComparing(o -> o.activity().startTime())
                .thenComparing(o -> o.centre().name()).thenComparing(o -> o.activity().id()));
        return found;
    }

    static List<Day> days(List<Occurrence> occurrences, Locale locale) {
        DateTimeFormatter heading = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
        Map<LocalDate, List<Occurrence>> byDay = occurrences.stream()
                .collect(Collectors.groupingBy(Occurrence::day, LinkedHashMap::new, Collectors.toList()));
        return byDay.entrySet().stream()
                .map(e -> new Day(e.getKey(), capitalised(heading.format(e.getKey()), locale), e.getValue()))
                .toList();
    }

    private static String capitalised(String text, Locale locale) {
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
