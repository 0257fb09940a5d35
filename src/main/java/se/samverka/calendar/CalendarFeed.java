package se.samverka.calendar;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.platform.PublicBaseUrl;
import se.samverka.platform.StockholmTime;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The feed a calendar program subscribes to: what is dated for every centre the link's owner may see, and their own
 * dates, from three months back (a county follows a thousand centres: a year back made its feed 8.7 MB) to five
 * years ahead. Meetings are events at their local times in Europe/Stockholm;
 * deadlines and checks due are all-day events with a reminder {@code samverka.calendar.alarm-days} days before;
 * late ones say so first in their summary. The secret in the path is the only credential; an unknown or revoked one
 * answers 404.
 */
@RestController
class CalendarFeed {

    static final String LATE = "FÖRSENAD: ";
    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final Subscriptions subscriptions;
    private final Actors actors;
    private final CalendarEntries calendar;
    private final PublicBaseUrl baseUrl;
    private final int alarmDays;
    private final Clock clock;

    CalendarFeed(Subscriptions subscriptions, Actors actors, CalendarEntries calendar, PublicBaseUrl baseUrl,
                 @Value("${samverka.calendar.alarm-days:7}") int alarmDays, Clock clock) {
        if (alarmDays < 0) {
            throw new IllegalArgumentException("samverka.calendar.alarm-days must be 0 (no reminder) or more");
        }
        this.subscriptions = subscriptions;
        this.actors = actors;
        this.calendar = calendar;
        this.baseUrl = baseUrl;
        this.alarmDays = alarmDays;
        this.clock = clock;
    }

    @GetMapping("/kalender/{token}.ics")
    void feed(@PathVariable String token, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Actor> owner = subscriptions.owner(token).flatMap(actors::byUsername);
        if (owner.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
            response.getWriter().write("Länken finns inte eller har återkallats.");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<CalendarEntry> entries = calendar.between(owner.get(), today.minusMonths(3), today.plusYears(5), true)
                .entries();
        response.setContentType(CALENDAR.toString());
        write(entries, baseUrl.of(request), response.getWriter());
    }

    /**
     * Writes the calendar one event at a time: a county's feed has tens of thousands of events, and building it as one
     * ical4j {@code Calendar} copies the component list on every add and the whole text once more before writing.
     */
    private void write(List<CalendarEntry> entries, String base, Writer response) throws IOException {
        Writer out = new FoldingLines(new BufferedWriter(response, 1 << 16));
        out.write("BEGIN:VCALENDAR\r\n");
        out.write(new ProdId("-//Samverka//Familjecentraler i Västra Götaland//SV").toString());
        out.write(ImmutableVersion.VERSION_2_0.toString());
        out.write(ImmutableCalScale.GREGORIAN.toString());
        out.write(new XProperty("X-WR-CALNAME", "Samverka").toString());
        out.write(new XProperty("X-WR-TIMEZONE", StockholmTime.ZONE).toString());
        out.write(StockholmTime.vTimeZone().toString());
        DtStamp stamp = new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        for (CalendarEntry entry : entries) {
            out.write(event(entry, stamp, base).toString());
        }
        out.write("END:VCALENDAR\r\n");
        out.flush();
    }

    private VEvent event(CalendarEntry entry, DtStamp stamp, String base) {
        List<Property> properties = new ArrayList<>(9);
        properties.add(stamp);
        properties.add(new Uid(entry.uid() + "@samverka"));
        if (entry.timed()) {
            properties.add(new DtStart<>(entry.startsAt().atZone(StockholmTime.STOCKHOLM)));
            properties.add(new DtEnd<>(entry.endsAt().atZone(StockholmTime.STOCKHOLM)));
        } else {
            properties.add(new DtStart<>(entry.date()));
            properties.add(new DtEnd<>(entry.date().plusDays(1)));
        }
        properties.add(new Summary((entry.overdue() ? LATE : "") + entry.summary()));
        if (entry.description() != null && !entry.description().isBlank()) {
            properties.add(new Description(entry.description()));
        }
        if (entry.location() != null && !entry.location().isBlank()) {
            properties.add(new Location(entry.location()));
        }
        if (entry.path() != null) {
            properties.add(new Url(URI.create(base + entry.path())));
        }
        if (alarmDays == 0 || !entry.reminds()) {
            return new VEvent(new PropertyList(properties));
        }
        VAlarm alarm = new VAlarm(new PropertyList(List.of(new Trigger(Period.ofDays(-alarmDays)),
                ImmutableAction.DISPLAY, new Description(entry.summary()))));
        return new VEvent(new PropertyList(properties), new ComponentList<>(List.of(alarm)));
    }
}
