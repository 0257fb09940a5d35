package se.samverka.directory;

import org.springframework.stereotype.Component;
import se.samverka.calendar.CalendarEntry;
import se.samverka.calendar.CalendarSource;
import se.samverka.platform.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The centres' published activities on every day they take place, for the calendar page. The personal feed leaves
 * them out: each centre's activities have a public feed of their own, with their recurrences as rules.
 */
@Component
class ActivityDates implements CalendarSource {

    private final PublicActivities activities;
    private final Texts texts;

    ActivityDates(PublicActivities activities, Texts texts) {
        this.activities = activities;
        this.texts = texts;
    }

    @Override
    public List<CalendarEntry> entries(Map<Long, String> centres, LocalDate from, LocalDate to) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (PublicActivity activity : activities.publicBetween(centres.keySet(), from, to)) {
            String centre = centres.get(activity.centreId());
            String title = activity.title() + " – " + centre;
            String summary = activity.state() == ActivityState.CANCELLED
                    ? texts.message("directory.calendar.cancelled", title) : title;
            for (LocalDate day : activity.days(from, to)) {
                entries.add(CalendarEntry.timed("activity-" + activity.uid() + "-" + day,
                        CalendarEntry.Kind.ACTIVITY, activity.centreId(), day.atTime(activity.startTime()),
                        day.atTime(activity.endTime()), summary, activity.description(), activity.place(),
                        "/hitta/" + activity.centreId()));
            }
        }
        return entries;
    }

    @Override
    public boolean inFeed() {
        return false;
    }
}
