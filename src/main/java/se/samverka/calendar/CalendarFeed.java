package se.samverka.calendar;

import jakarta.servlet.http.HttpServletResponse;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreSummary;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The feed a calendar program subscribes to: the dates of every centre the link's owner may see, as all-day
 * events (dates only, so no time zone can shift them). The secret in the path is the only credential; an
 * unknown or revoked one answers 404.
 */
@RestController
class CalendarFeed {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final Subscriptions subscriptions;
    private final Actors actors;
    private final CentreRegistry registry;
    private final List<CalendarSource> sources;
    private final List<PersonalCalendarSource> personalSources;
    private final String baseUrl;
    private final Clock clock;

    CalendarFeed(Subscriptions subscriptions, Actors actors, CentreRegistry registry, List<CalendarSource> sources,
                 List<PersonalCalendarSource> personalSources,
                 @Value("${samverka.base-url:http://localhost:8080}") String baseUrl, Clock clock) {
        this.personalSources = personalSources;
        this.subscriptions = subscriptions;
        this.actors = actors;
        this.registry = registry;
        this.sources = sources;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    @GetMapping("/kalender/{token}.ics")
    void feed(@PathVariable String token, HttpServletResponse response) throws IOException {
        Optional<Actor> owner = subscriptions.owner(token).flatMap(actors::byUsername);
        if (owner.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
            response.getWriter().write("Länken finns inte eller har återkallats.");
            return;
        }
        List<CalendarEntry> entries = entries(owner.get());
        response.setContentType(CALENDAR.toString());
        write(entries, response.getWriter());
    }

    private List<CalendarEntry> entries(Actor actor) {
        Map<Long, String> centres = registry.where(actor, CentreAction.FOLLOW).stream()
                .collect(Collectors.toMap(CentreSummary::id, CentreSummary::name));
        List<CalendarEntry> entries = new ArrayList<>();
        if (!centres.isEmpty()) {
            for (CalendarSource source : sources) {
                entries.addAll(source.entries(centres));
            }
        }
        personalSources.forEach(source -> entries.addAll(source.entries(actor)));
        entries.sort(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::uid));
        return entries;
    }

    /**
     * Writes the calendar one event at a time: a county's feed has tens of thousands of events, and building it as one
     * ical4j {@code Calendar} copies the component list on every add and the whole text once more before writing.
     */
    private void write(List<CalendarEntry> entries, Writer response) throws IOException {
        Writer out = new FoldingLines(new BufferedWriter(response, 1 << 16));
        out.write("BEGIN:VCALENDAR\r\n");
        out.write(new ProdId("-//Samverka//Familjecentraler i Västra Götaland//SV").toString());
        out.write(ImmutableVersion.VERSION_2_0.toString());
        out.write(ImmutableCalScale.GREGORIAN.toString());
        out.write(new XProperty("X-WR-CALNAME", "Samverka").toString());
        DtStamp stamp = new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        for (CalendarEntry entry : entries) {
            List<Property> properties = new ArrayList<>(6);
            properties.add(stamp);
            properties.add(new DtStart<>(entry.date()));
            properties.add(new Summary(entry.summary()));
            properties.add(new Uid(entry.uid() + "@samverka"));
            if (entry.description() != null) {
                properties.add(new Description(entry.description()));
            }
            if (entry.path() != null) {
                properties.add(new Url(URI.create(baseUrl + entry.path())));
            }
            out.write(new VEvent(new PropertyList(properties)).toString());
        }
        out.write("END:VCALENDAR\r\n");
        out.flush();
    }
}
