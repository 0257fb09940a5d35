package se.samverka.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import se.samverka.centre.PublicListing.Listed;
import se.samverka.platform.PublicBaseUrl;
import se.samverka.platform.StockholmTime;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A centre's public activities as an iCalendar feed (RFC 5545), in Swedish: one event per activity, at its local times
 * in Europe/Stockholm ({@link StockholmTime}), repeating by an RRULE; a cancelled one as STATUS:CANCELLED.
 */
@Component
class ActivityFeed {

    private static final ZoneId STOCKHOLM = StockholmTime.STOCKHOLM;
    private static final Locale SWEDISH = Locale.of("sv");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    /** How long ago an activity may have ended and still be in the feed, so that a calendar keeps the recent past. */
    private static final int PAST_DAYS = 31;

    private final PublicActivities activities;
    private final MessageSource messages;
    private final Clock clock;
    private final PublicBaseUrl baseUrl;

    ActivityFeed(PublicActivities activities, MessageSource messages, Clock clock, PublicBaseUrl baseUrl) {
        this.activities = activities;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    void write(Listed centre, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = baseUrl.of(request);
        List<CalendarComponent> components = new ArrayList<>();
        components.add(StockholmTime.vTimeZone());
        for (PublicActivity activity : activities.publicFrom(centre.id(), LocalDate.now(clock).minusDays(PAST_DAYS))) {
            components.add(event(centre, activity, base));
        }
        Calendar calendar = new Calendar(new PropertyList(List.of(
                new ProdId("-//Samverka//Familjecentraler i Västra Götaland//SV"),
                ImmutableVersion.VERSION_2_0, ImmutableCalScale.GREGORIAN,
                new XProperty("X-WR-CALNAME", centre.name()),
                new XProperty("X-WR-TIMEZONE", StockholmTime.ZONE))), new ComponentList<>(components));
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, DirectoryPages.CACHE_CONTROL);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"aktiviteter-" + centre.id() + ".ics\"");
        new CalendarOutputter(true).output(calendar, response.getWriter());
    }

    private VEvent event(Listed centre, PublicActivity activity, String base) {
        List<Property> properties = new ArrayList<>();
        properties.add(new Uid(activity.uid() + "@samverka"));
        properties.add(new DtStamp(activity.changedAt().truncatedTo(ChronoUnit.SECONDS)));
        properties.add(new Sequence(activity.version()));
        properties.add(new DtStart<>(ZonedDateTime.of(activity.startsOn(), activity.startTime(), STOCKHOLM)));
        properties.add(new DtEnd<>(ZonedDateTime.of(activity.startsOn(), activity.endTime(), STOCKHOLM)));
        String kind = messages.getMessage("directory.activity.kind." + activity.kind().name(), null, SWEDISH);
        properties.add(new Summary(activity.title()));
        properties.add(new Description(description(activity, kind)));
        properties.add(new Location(activity.place()));
        properties.add(new Url(URI.create(base + "/hitta/" + centre.id())));
        properties.add(activity.state() == ActivityState.CANCELLED ? new Status(Status.VALUE_CANCELLED)
                : new Status(Status.VALUE_CONFIRMED));
        rule(activity).ifPresent(properties::add);
        return new VEvent(new PropertyList(properties));
    }

    private String description(PublicActivity activity, String kind) {
        List<String> lines = new ArrayList<>();
        lines.add(kind.substring(0, 1).toUpperCase(SWEDISH) + kind.substring(1) + ", "
                + messages.getMessage("directory.activity.audience." + activity.audience().name(), null, SWEDISH)
                + ".");
        if (!activity.description().isBlank()) {
            lines.add(activity.description());
        }
        lines.add(messages.getMessage("directory.activities.languages", null, SWEDISH) + ": "
                + LanguageNames.joined(activity.languages(), SWEDISH));
        lines.add(activity.signUp()
                ? messages.getMessage("directory.activities.sign-up", new Object[]{activity.signUpHow()}, SWEDISH)
                : messages.getMessage("directory.activities.no-sign-up", null, SWEDISH));
        return String.join("\n", lines);
    }

    /** The activity's recurrence until its last day's start, which UNTIL gives in UTC since DTSTART has a zone. */
    static Optional<RRule<?>> rule(PublicActivity activity) {
        if (activity.recurrence() == Recurrence.NONE) {
            return Optional.empty();
        }
        String until = UTC.format(ZonedDateTime.of(activity.repeatUntil(), activity.startTime(), STOCKHOLM)
                .withZoneSameInstant(ZoneOffset.UTC));
        String frequency = switch (activity.recurrence()) {
            case WEEKLY -> "FREQ=WEEKLY";
            case MONTHLY -> "FREQ=MONTHLY;BYDAY=" + Recurrence.ordinal(activity.startsOn())
                    + activity.startsOn().getDayOfWeek().name().substring(0, 2);
            case NONE -> throw new IllegalStateException();
        };
        return Optional.of(new RRule<>(frequency + ";UNTIL=" + until));
    }
}
