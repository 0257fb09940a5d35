package se.samverka.county;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.centre.CentreHistory;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.PrincipalKind;
import se.samverka.platform.InvalidRequestException;
import se.samverka.platform.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Open data for everyone (§4, capability 8): the registry counted as it stood on a day, and the 50 parties with their
 * decisions about the regional agreement. Aggregates and public decisions only; never a person.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Öppen statistik", description = "Antal verksamheter och parternas beslut, utan inloggning")
class StatisticsApi {

    record Counts(@JsonProperty("FAMILY_CENTRE") int familyCentre,
                  @JsonProperty("FAMILY_CENTRE_LIKE") int familyCentreLike,
                  @JsonProperty("NOT_COVERED") int notCovered) {

        static Counts of(KindCount count) {
            return new Counts(count.familyCentres(), count.familyCentreLike(), count.notCovered());
        }
    }

    record SubRegionFigures(String name, @JsonProperty("FAMILY_CENTRE") int familyCentre,
                            @JsonProperty("FAMILY_CENTRE_LIKE") int familyCentreLike,
                            @JsonProperty("NOT_COVERED") int notCovered) {
    }

    record MunicipalityFigures(String code, String name, String subRegion,
                               @JsonProperty("FAMILY_CENTRE") int familyCentre,
                               @JsonProperty("FAMILY_CENTRE_LIKE") int familyCentreLike,
                               @JsonProperty("NOT_COVERED") int notCovered) {
    }

    record Statistics(LocalDate on, Counts total, List<SubRegionFigures> subRegions,
                      List<MunicipalityFigures> municipalities) {
    }

    record Decision(LocalDate date, LocalDate until, String body, String paragraph, String diaryNumber,
                    DecisionOutcome outcome, String decision) {
    }

    record PartyItem(String name, PrincipalKind kind, String code, String organisationNumber, boolean adopted,
                     List<Decision> decisions) {
    }

    private final CentreHistory history;
    private final Organisations organisations;
    private final Parties parties;
    private final Texts texts;
    private final Clock clock;

    StatisticsApi(CentreHistory history, Organisations organisations, Parties parties, Texts texts, Clock clock) {
        this.history = history;
        this.organisations = organisations;
        this.parties = parties;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/api/v1/statistics")
    @Operation(summary = "Antal verksamheter av varje sort en viss dag",
            description = "Registret som det såg ut vid dagens slut: familjecentraler, familjecentralsliknande "
                    + "verksamheter och verksamheter som inte omfattas av avtalet, i hela länet, per kommunalförbund "
                    + "och per kommun (alla 49, även de utan verksamheter). Utan on gäller i dag. En dag före "
                    + "Samverkas första uppgift, i framtiden eller som inte är ett datum ger 400.")
    Statistics statistics(@Parameter(description = "Dagen, ÅÅÅÅ-MM-DD", example = "2026-12-02")
                          @RequestParam(required = false) String on) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = on == null ? today : parse(on);
        if (day.isAfter(today)) {
            throw problem(texts.message("api.statistics.future"));
        }
        Optional<LocalDate> first = history.firstDay();
        if (first.isEmpty() || day.isBefore(first.get())) {
            throw problem(texts.message("api.statistics.before", first.orElse(today).toString()));
        }
        RegistryFigures figures = RegistryFigures.of(day, history.on(day), organisations.municipalities(),
                organisations.subRegions());
        return new Statistics(day, Counts.of(figures.total()),
                figures.subRegions().stream().map(r -> new SubRegionFigures(r.name(), r.count().familyCentres(),
                        r.count().familyCentreLike(), r.count().notCovered())).toList(),
                figures.municipalities().stream().map(r -> new MunicipalityFigures(r.code(), r.name(), r.subRegion(),
                        r.count().familyCentres(), r.count().familyCentreLike(), r.count().notCovered())).toList());
    }

    @GetMapping("/api/v1/parties")
    @Operation(summary = "Avtalets 50 parter och deras beslut",
            description = "Västra Götalandsregionen och de 49 kommunerna med de beslut om samverkansavtalet som är "
                    + "registrerade (organ, datum, paragraf, diarienummer, vad som beslutades), i den ordning de "
                    + "fattades. adopted anger om ett beslut att anta avtalet är registrerat (R4b).")
    List<PartyItem> parties() {
        return parties.all().stream()
                .map(party -> new PartyItem(party.name(), party.principal().kind(),
                        party.municipality() == null ? null : party.municipality().code(),
                        party.principal().organisationNumber(), party.adoption().isPresent(),
                        party.decisions().stream().map(d -> new Decision(d.decidedOn(), d.untilOn(), d.body(),
                                d.paragraph(), d.diaryNumber(), d.outcome(), d.decision())).toList()))
                .toList();
    }

    private LocalDate parse(String on) {
        try {
            return LocalDate.parse(on.trim());
        } catch (DateTimeParseException e) {
            throw problem(texts.message("api.statistics.on"));
        }
    }

    private static InvalidRequestException problem(String message) {
        return new InvalidRequestException(List.of(new InvalidRequestException.FieldProblem("on", message)));
    }
}
