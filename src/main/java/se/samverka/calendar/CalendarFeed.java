package se.samverka.calendar;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreSummary;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
    private final String baseUrl;

    CalendarFeed(Subscriptions subscriptions, Actors actors, CentreRegistry registry, List<CalendarSource> sources,
                 @Value("${samverka.base-url:http://localhost:8080}") String baseUrl) {
        this.subscriptions = subscriptions;
        this.actors = actors;
        this.registry = registry;
        this.sources = sources;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @GetMapping("/kalender/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return subscriptions.owner(token).flatMap(actors::byUsername)
                .map(actor -> ResponseEntity.ok().contentType(CALENDAR).body(render(entries(actor))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("Länken finns inte eller har återkallats."));
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
        entries.sort(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::uid));
        return entries;
    }

    private String render(List<CalendarEntry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Samverka//Familjecentraler i Västra Götaland//SV"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Samverka"));
        for (CalendarEntry entry : entries) {
            VEvent event = new VEvent(entry.date(), entry.summary());
            event.add(new Uid(entry.uid() + "@samverka"));
            if (entry.description() != null) {
                event.add(new Description(entry.description()));
            }
            if (entry.path() != null) {
                event.add(new Url(URI.create(baseUrl + entry.path())));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
