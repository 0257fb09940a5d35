package se.samverka.directory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.samverka.centre.PublicListing;
import se.samverka.centre.PublicListing.Listed;
import se.samverka.directory.PublicInfo.Closure;
import se.samverka.directory.PublicInfo.Hours;
import se.samverka.directory.PublishedPages.Published;
import se.samverka.organisation.Municipality;
import se.samverka.organisation.Organisations;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.Participation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public directory as open data (HSDS 3.0): every centre the agreement covers with its registry facts and what it
 * has published, nothing it has not. Made again only when the registry or a published page changed, the day or the
 * offset of Swedish time changed, or it is asked for from another origin.
 */
@Component
class OpenDirectory {

    /** Name-based (version 5) ids are made in this namespace, so the same centre has the same ids on every instance. */
    static final UUID NAMESPACE = UUID.fromString("6f1c7a52-3b0e-4c55-9d7e-2a8f0e41c9b3");
    static final String ACTIVE = "active";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final String REGION = "Västra Götalands län";

    /** Everything of the open directory, each list in the listing's order (by centre name, then operation). */
    record Directory(List<Hsds.Organization> organizations, List<Hsds.Service> services,
                     List<Hsds.Location> locations, List<Hsds.ServiceAtLocation> serviceAtLocations,
                     List<Hsds.Schedule> schedules, List<Row> rows) {

        <T> Optional<T> find(List<T> all, Function<T, String> id, String wanted) {
            return all.stream().filter(item -> id.apply(item).equals(wanted)).findFirst();
        }
    }

    /** A centre's base operation with the centre's organization and location, for the CSV download. */
    record Row(Hsds.Organization organization, Hsds.Service service, Hsds.ServiceAtLocation serviceAtLocation,
               Hsds.Location location, Municipality municipality) {
    }

    private record Key(List<Listed> centres, Map<Long, Published> published, LocalDate today, ZoneOffset offset,
                       String origin) {
    }

    private record Made(Key key, Directory directory) {
    }

    private final PublicListing listing;
    private final PublishedPages publishedPages;
    private final Organisations organisations;
    private final MessageSource messages;
    private final Clock clock;
    private final AtomicReference<Made> made = new AtomicReference<>();

    OpenDirectory(PublicListing listing, PublishedPages publishedPages, Organisations organisations,
                  MessageSource messages, Clock clock) {
        this.listing = listing;
        this.publishedPages = publishedPages;
        this.organisations = organisations;
        this.messages = messages;
        this.clock = clock;
    }

    /** The directory, with its pages' addresses under {@code origin}. */
    Directory directory(String origin) {
        Instant now = clock.instant();
        Key key = new Key(listing.covered(), publishedPages.all(), LocalDate.ofInstant(now, PublicCentre.SWEDEN),
                PublicCentre.SWEDEN.getRules().getOffset(now), origin);
        Made kept = made.get();
        if (kept != null && kept.key().centres() == key.centres() && kept.key().published() == key.published()
                && kept.key().equals(key)) {
            return kept.directory();
        }
        Directory directory = make(key);
        made.set(new Made(key, directory));
        return directory;
    }

    /** A stable id: the same name gives the same UUID on every instance and after every restart. */
    static String id(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits())
                    .putLong(NAMESPACE.getLeastSignificantBits()).array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }

    private Directory make(Key key) {
        Map<String, Municipality> municipalities = organisations.municipalities().stream()
                .collect(Collectors.toMap(Municipality::code, Function.identity()));
        List<Hsds.Organization> organizations = new ArrayList<>();
        List<Hsds.Service> services = new ArrayList<>();
        List<Hsds.Location> locations = new ArrayList<>();
        List<Hsds.ServiceAtLocation> atLocations = new ArrayList<>();
        List<Hsds.Schedule> schedules = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Listed centre : key.centres()) {
            Published published = key.published().get(centre.id());
            PublicInfo info = published == null ? PublicInfo.EMPTY : published.info();
            Municipality municipality = municipalities.get(centre.municipalityCode());
            Ids ids = new Ids(centre.id());
            String page = key.origin() + "/hitta/" + centre.id();
            String lastModified = Stream.of(centre.changedAt(), published == null ? null : published.publishedAt())
                    .filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .map(i -> i.truncatedTo(ChronoUnit.SECONDS).toString()).orElse(null);
            Hsds.Phone phone = info.phone() == null ? null
                    : new Hsds.Phone(ids.of("phone"), ids.location(), ids.organization(), info.phone(), "voice");
            List<Hsds.Phone> phones = phone == null ? List.of() : List.of(phone);

            Hsds.Organization organization = new Hsds.Organization(ids.organization(), centre.name(),
                    text("directory.hsds.organization.description", municipality == null ? centre.address().city()
                            : municipality.name(), operations(centre.onSite())),
                    info.email(), info.website(), page, phones);
            organizations.add(organization);

            List<Hsds.Schedule> centreSchedules = new ArrayList<>();
            schedules(info, null, ids, null, null, key).forEach(centreSchedules::add);
            schedules.addAll(centreSchedules);
            Hsds.Location location = location(centre, info, municipality, ids, page, phones, centreSchedules);
            locations.add(location);

            for (Participation participation : centre.participations().stream()
                    .sorted(Comparator.comparing(Participation::operation)).toList()) {
                BaseOperation operation = participation.operation();
                String serviceId = ids.of("service/" + operation.name());
                String atLocationId = participation.coLocated() ? ids.of("service_at_location/" + operation.name())
                        : null;
                List<Hsds.Schedule> own = schedules(info, operation, ids, serviceId, atLocationId, key);
                schedules.addAll(own);
                Hsds.ServiceAtLocation atLocation = atLocationId == null ? null
                        : new Hsds.ServiceAtLocation(atLocationId, serviceId, ids.location(),
                        text("directory.hsds.service-at-location", label(operation), centre.name()), own);
                if (atLocation != null) {
                    atLocations.add(atLocation);
                }
                String description = info.text(operation, "sv")
                        .orElseGet(() -> text("directory.expect." + operation.name()));
                if (!participation.coLocated()) {
                    description = text("directory.hsds.elsewhere") + " " + description;
                }
                Hsds.Service service = new Hsds.Service(serviceId, ids.organization(),
                        label(operation) + ", " + centre.name(), label(operation), description, page, info.email(),
                        ACTIVE, lastModified, phones, own, atLocation == null ? List.of() : List.of(atLocation));
                services.add(service);
                rows.add(new Row(organization, service, atLocation, location, municipality));
            }
        }
        return new Directory(List.copyOf(organizations), List.copyOf(services), List.copyOf(locations),
                List.copyOf(atLocations), List.copyOf(schedules), List.copyOf(rows));
    }

    private Hsds.Location location(Listed centre, PublicInfo info, Municipality municipality, Ids ids, String page,
                                   List<Hsds.Phone> phones, List<Hsds.Schedule> schedules) {
        Hsds.Address address = new Hsds.Address(ids.of("address"), ids.location(), centre.address().street(),
                centre.address().city(), municipality == null ? null : municipality.name(), REGION,
                centre.address().postalCode(), "SE", "physical");
        List<Hsds.Language> languages = LanguageNames.of(info.languages(), SWEDISH).entrySet().stream()
                .map(l -> new Hsds.Language(ids.of("language/" + l.getKey()), ids.location(), l.getValue(),
                        l.getKey()))
                .toList();
        List<Hsds.Accessibility> accessibility = new ArrayList<>(info.accessibility().stream().sorted()
                .map(f -> new Hsds.Accessibility(ids.of("accessibility/" + f.name()), ids.location(),
                        text("directory.feature." + f.name())))
                .toList());
        if (info.accessibilityNote() != null) {
            accessibility.add(new Hsds.Accessibility(ids.of("accessibility/note"), ids.location(),
                    info.accessibilityNote()));
        }
        return new Hsds.Location(ids.location(), "physical", page, ids.organization(), centre.name(),
                info.directions(), info.transit(),
                info.coordinates() == null ? null : info.coordinates().latitude(),
                info.coordinates() == null ? null : info.coordinates().longitude(),
                languages, List.of(address), accessibility, phones, schedules);
    }

    /**
     * The weekly hours and the closures not yet over of the whole centre ({@code operation} null, at its location) or
     * of one operation (of its service, and at the location when on site).
     */
    private List<Hsds.Schedule> schedules(PublicInfo info, BaseOperation operation, Ids ids, String serviceId,
                                          String atLocationId, Key key) {
        String locationId = operation == null || atLocationId != null ? ids.location() : null;
        String owner = operation == null ? "centre" : operation.name();
        List<Hsds.Schedule> schedules = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int hours = (int) (key.offset().getTotalSeconds() / 3600);
        for (Hours line : info.hours()) {
            if (line.operation() != operation) {
                continue;
            }
            String name = "schedule/" + owner + "/" + line.kind() + "/" + line.weekDays() + "/" + line.opens() + "/"
                    + line.closes();
            String byday = String.join(",", line.weekDays().stream().map(OpenDirectory::icalendar).toList());
            schedules.add(new Hsds.Schedule(ids.of(occurrence(name, seen)), serviceId, locationId, atLocationId,
                    null, null, hours, "MO", "WEEKLY", byday, time(line.opens(), key.offset()),
                    time(line.closes(), key.offset()),
                    text("directory.hours." + line.kind()) + ": "
                            + PublicCentre.days(line.weekDays(), SWEDISH) + " "
                            + PublicCentre.time(line.opens(), line.closes(), SWEDISH),
                    null, text("directory.hsds.attending." + line.kind())));
        }
        for (Closure closure : info.closuresFrom(key.today())) {
            if (closure.operation() != operation) {
                continue;
            }
            String name = "closure/" + owner + "/" + closure.from() + "/" + closure.to() + "/" + closure.reason();
            schedules.add(new Hsds.Schedule(ids.of(occurrence(name, seen)), serviceId, locationId, atLocationId,
                    closure.from().toString(), closure.to().toString(), null, null, null, null, null, null,
                    text("directory.hsds.closed", text("directory.closure." + closure.reason())), closure.note(),
                    null));
        }
        return schedules;
    }

    /** The name, made unique should a centre give the same line twice. */
    private static String occurrence(String name, Map<String, Integer> seen) {
        int times = seen.merge(name, 1, Integer::sum);
        return times == 1 ? name : name + "/" + times;
    }

    /** "09:00+01:00": HSDS wants the time with its offset from UTC; Swedish time's offset today. */
    private static String time(LocalTime time, ZoneOffset offset) {
        return time.format(DateTimeFormatter.ofPattern("HH:mm")) + offset.getId();
    }

    static String icalendar(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private String label(BaseOperation operation) {
        String label = text("operation." + operation.name());
        return label.substring(0, 1).toUpperCase(SWEDISH) + label.substring(1);
    }

    private String operations(List<BaseOperation> operations) {
        return String.join(", ", operations.stream().map(o -> text("operation." + o.name())).toList());
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, SWEDISH);
    }

    /** The ids of one centre's objects. */
    private record Ids(long centreId) {

        String of(String what) {
            return id("centre/" + centreId + "/" + what);
        }

        String organization() {
            return of("organization");
        }

        String location() {
            return of("location");
        }
    }
}
