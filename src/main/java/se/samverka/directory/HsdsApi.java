package se.samverka.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.samverka.directory.OpenDirectory.Directory;
import se.samverka.directory.OpenDirectory.Row;
import se.samverka.platform.InvalidRequestException;
import se.samverka.platform.Texts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public directory as open data, without signing in, a session or a cookie: Open Referral HSDS 3.0 JSON and the
 * same as one CSV file. Any web page may read it (CORS for any origin); a proxy may keep it five minutes.
 */
@RestController
@RequestMapping(path = HsdsApi.BASE)
@CrossOrigin(origins = "*", methods = RequestMethod.GET, allowCredentials = "false")
@Tag(name = "Öppna data: familjecentraler (HSDS 3.0)", description = HsdsApi.MAPPING)
class HsdsApi {

    static final String BASE = "/api/v1/hsds";
    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 500;
    static final int MAX_PAGE = 100_000;
    static final String PAGE = "Sidans nummer, från 1 (standard 1)";
    static final String PER_PAGE = "Antal per sida, 1–500 (standard 50)";
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** How Samverka's registry and the centres' published pages become HSDS; shown in the OpenAPI description. */
    static final String MAPPING = """
            Katalogen över familjecentraler i Västra Götaland som öppna data enligt Open Referral Human Services Data \
            Specification (HSDS) 3.0, utan inloggning och utan kakor. Med finns varje verksamhet som \
            samverkansavtalet omfattar (familjecentraler och familjecentralsliknande verksamheter, utåt båda kallade \
            familjecentral, §8.2); verksamheter som avtalet inte omfattar är inte med. Från registret kommer namn, \
            adress, kommun, basverksamheter (på plats eller i samverkan från en annan adress) och när uppgifterna \
            ändrades; från familjecentralens sida för allmänheten kommer bara det som är publicerat (telefon, \
            e-post, webbplats, position, vägbeskrivning, hållplats, tider, stängda dagar, tillgänglighet, personalens \
            språk och egna texter). En familjecentral som inte har publicerat något har bara registrets uppgifter. \
            Texterna är på svenska.

            Mappning: organization = familjecentralen (den gemensamma kontaktytan mot allmänheten; name = \
            familjecentralens namn, uri = dess sida i katalogen, email/website/phones = publicerade kontaktuppgifter). \
            location = familjecentralens lokal (location_type physical; address med address_1 = gatuadress, city = \
            postort, region = kommun, state_province = Västra Götalands län, country = SE; latitude/longitude, \
            transportation = närmaste hållplats, description = vägbeskrivning, accessibility, languages = \
            personalens språk, schedules = hela familjecentralens tider). service = en basverksamhet vid \
            familjecentralen (barnmorskemottagning, barnhälsovård, öppen förskola, förebyggande socialtjänst; status \
            active; description = familjecentralens egen text eller avtalets standardtext, §10). \
            service_at_location = en basverksamhet som finns på plats; en basverksamhet som samverkar från en annan \
            adress har ingen service_at_location, och dess description säger det. schedule = en rad i de \
            publicerade veckotiderna (freq WEEKLY, byday t.ex. MO,TU, opens_at/closes_at med svensk tids avvikelse \
            från UTC i dag, t.ex. 09:00+01:00, timezone = samma avvikelse i timmar; description anger Öppet, Drop-in \
            eller Telefontid) eller en period då familjecentralen eller en basverksamhet är stängd (valid_from och \
            valid_to, båda dagarna inräknade, utan opens_at; description = Stängt: skäl, notes = familjecentralens \
            anteckning). Tider för hela familjecentralen hör till location, tider för en basverksamhet till service \
            (och service_at_location när den finns på plats). Alla id är namnbaserade UUID (version 5) av \
            familjecentralens id i registret och vad objektet är, så de är desamma efter omstart och på varje \
            instans. Listor sidindelas (page från 1, per_page 1–500, standard 50) och svarar med total_items, \
            total_pages, page_number, size, first_page, last_page, empty och contents. Samma uppgifter finns som \
            CSV: en rad per familjecentral och basverksamhet.""";

    private final OpenDirectory directory;
    private final Texts texts;

    HsdsApi(OpenDirectory directory, Texts texts) {
        this.directory = directory;
        this.texts = texts;
    }

    @GetMapping(path = "/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Familjecentralerna som HSDS organization, sidindelade")
    ResponseEntity<Hsds.Page<Hsds.Organization>> organizations(@Parameter(description = PAGE) @RequestParam(required = false) String page,
                                                               @Parameter(description = PER_PAGE) @RequestParam(name = "per_page", required = false) String perPage) {
        return page(directory().organizations(), page, perPage);
    }

    @GetMapping(path = "/organizations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "En familjecentral som HSDS organization; 404 för ett okänt id")
    ResponseEntity<Hsds.Organization> organization(@PathVariable String id) {
        Directory all = directory();
        return one(all.find(all.organizations(), Hsds.Organization::id, id).orElseThrow(this::notFound));
    }

    @GetMapping(path = "/services", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Basverksamheterna vid varje familjecentral som HSDS service, sidindelade")
    ResponseEntity<Hsds.Page<Hsds.Service>> services(@Parameter(description = PAGE) @RequestParam(required = false) String page,
                                                     @Parameter(description = PER_PAGE) @RequestParam(name = "per_page", required = false) String perPage) {
        return page(directory().services(), page, perPage);
    }

    @GetMapping(path = "/services/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "En basverksamhet vid en familjecentral som HSDS service; 404 för ett okänt id")
    ResponseEntity<Hsds.Service> service(@PathVariable String id) {
        Directory all = directory();
        return one(all.find(all.services(), Hsds.Service::id, id).orElseThrow(this::notFound));
    }

    @GetMapping(path = "/locations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Familjecentralernas lokaler som HSDS location, sidindelade")
    ResponseEntity<Hsds.Page<Hsds.Location>> locations(@Parameter(description = PAGE) @RequestParam(required = false) String page,
                                                       @Parameter(description = PER_PAGE) @RequestParam(name = "per_page", required = false) String perPage) {
        return page(directory().locations(), page, perPage);
    }

    @GetMapping(path = "/locations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "En familjecentrals lokal som HSDS location; 404 för ett okänt id")
    ResponseEntity<Hsds.Location> location(@PathVariable String id) {
        Directory all = directory();
        return one(all.find(all.locations(), Hsds.Location::id, id).orElseThrow(this::notFound));
    }

    @GetMapping(path = "/service_at_locations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Basverksamheterna som finns på plats vid en familjecentral, sidindelade")
    ResponseEntity<Hsds.Page<Hsds.ServiceAtLocation>> serviceAtLocations(
            @Parameter(description = PAGE) @RequestParam(required = false) String page,
            @Parameter(description = PER_PAGE) @RequestParam(name = "per_page", required = false) String perPage) {
        return page(directory().serviceAtLocations(), page, perPage);
    }

    @GetMapping(path = "/service_at_locations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "En basverksamhet på plats vid en familjecentral; 404 för ett okänt id")
    ResponseEntity<Hsds.ServiceAtLocation> serviceAtLocation(@PathVariable String id) {
        Directory all = directory();
        return one(all.find(all.serviceAtLocations(), Hsds.ServiceAtLocation::id, id)
                .orElseThrow(this::notFound));
    }

    @GetMapping(path = "/schedules", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publicerade veckotider och stängda perioder, sidindelade")
    ResponseEntity<Hsds.Page<Hsds.Schedule>> schedules(@Parameter(description = PAGE) @RequestParam(required = false) String page,
                                                       @Parameter(description = PER_PAGE) @RequestParam(name = "per_page", required = false) String perPage) {
        return page(directory().schedules(), page, perPage);
    }

    @GetMapping(path = "/schedules/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "En rad veckotider eller en stängd period; 404 för ett okänt id")
    ResponseEntity<Hsds.Schedule> schedule(@PathVariable String id) {
        Directory all = directory();
        return one(all.find(all.schedules(), Hsds.Schedule::id, id).orElseThrow(this::notFound));
    }

    @GetMapping(path = "/directory.csv", produces = "text/csv")
    @Operation(summary = "Hela katalogen som CSV (RFC 4180, UTF-8, rubrikrad)",
            description = "En rad per familjecentral och basverksamhet, så att den som bara vill visa till exempel "
                    + "öppna förskolor kan filtrera på raderna. Kolumnerna heter som fälten i HSDS med tabellens namn "
                    + "först (service_name, location_latitude …); service_at_location_id är tomt när "
                    + "basverksamheten samverkar från en annan adress. Tiderna står som text i schedules, flera "
                    + "åtskilda av semikolon; languages och accessibility likaså.")
    ResponseEntity<byte[]> csv() {
        Directory all = directory();
        List<String> header = List.of("organization_id", "organization_name", "service_id", "service_name",
                "service_status", "service_description", "service_url", "service_last_modified",
                "service_at_location_id", "location_id", "location_name", "address_1", "postal_code", "city",
                "region", "state_province", "country", "location_latitude", "location_longitude",
                "location_transportation", "phone_number", "organization_email", "organization_website",
                "languages", "accessibility", "schedules");
        Csv csv = new Csv();
        csv.row(header);
        Function<List<Hsds.Schedule>, String> described = schedules -> schedules.stream()
                .map(Hsds.Schedule::description).collect(Collectors.joining("; "));
        for (Row row : all.rows()) {
            Hsds.Address address = row.location().addresses().getFirst();
            List<Hsds.Schedule> schedules = new ArrayList<>(row.location().schedules());
            schedules.addAll(row.service().schedules());
            List<String> values = new ArrayList<>();
            values.add(row.organization().id());
            values.add(row.organization().name());
            values.add(row.service().id());
            values.add(row.service().name());
            values.add(row.service().status());
            values.add(row.service().description());
            values.add(row.service().url());
            values.add(row.service().lastModified());
            values.add(row.serviceAtLocation() == null ? null : row.serviceAtLocation().id());
            values.add(row.location().id());
            values.add(row.location().name());
            values.add(address.address1());
            values.add(address.postalCode());
            values.add(address.city());
            values.add(address.region());
            values.add(address.stateProvince());
            values.add(address.country());
            values.add(row.location().latitude() == null ? null : row.location().latitude().toString());
            values.add(row.location().longitude() == null ? null : row.location().longitude().toString());
            values.add(row.location().transportation());
            values.add(row.organization().phones().isEmpty() ? null : row.organization().phones().getFirst().number());
            values.add(row.organization().email());
            values.add(row.organization().website());
            values.add(row.location().languages().stream().map(Hsds.Language::code)
                    .collect(Collectors.joining(";")));
            values.add(row.location().accessibility().stream().map(Hsds.Accessibility::description)
                    .collect(Collectors.joining("; ")));
            values.add(described.apply(schedules));
            csv.row(values);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, DirectoryPages.CACHE_CONTROL)
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("familjecentraler.csv").build().toString())
                .body(csv.bytes());
    }

    private Directory directory() {
        return directory.directory(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    }

    private <T> ResponseEntity<Hsds.Page<T>> page(List<T> all, String page, String perPage) {
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        int number = number(page, "page", 1, MAX_PAGE, 1, problems);
        int size = number(perPage, "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return one(Hsds.Page.of(all, number, size));
    }

    private int number(String given, String name, int min, int max, int otherwise,
                       List<InvalidRequestException.FieldProblem> problems) {
        if (given == null) {
            return otherwise;
        }
        String value = given.strip();
        if (value.matches("[0-9]{1,9}")) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        problems.add(new InvalidRequestException.FieldProblem(name,
                texts.message("api.hsds.number", String.valueOf(min), String.valueOf(max))));
        return otherwise;
    }

    private static <T> ResponseEntity<T> one(T body) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, DirectoryPages.CACHE_CONTROL).body(body);
    }

    private ErrorResponseException notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                texts.message("api.hsds.not-found"));
        problem.setTitle(texts.message("error.404.title"));
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
