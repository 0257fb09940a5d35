package se.samverka.centre;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.identity.Actors;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.platform.InvalidRequestException;
import se.samverka.platform.Texts;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Finding;
import se.samverka.rules.OtherActor;
import se.samverka.rules.Outcome;
import se.samverka.rules.Participation;
import se.samverka.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Centres for signed-in clients: the same visibility as the pages, and no personal data. */
@RestController
@RequestMapping(path = "/api/v1/centres", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Familjecentraler", description = "Registret, för inloggade användare")
class CentreApi {

    record CentreItem(long id, String name, String city, String municipalityCode, String municipality,
                      String subRegion, boolean prioritisedArea, CentreKind kind, List<Participation> operations) {
    }

    record OperationItem(String operation, String unit, String principal, String organisationNumber, String hsaId,
                         boolean coLocated) {
    }

    record FindingItem(String ruleId, String section, Severity severity, Outcome outcome, String message,
                       boolean countyFollowUp) {
    }

    record CentreDetail(long id, String name, String street, String postalCode, String city, String municipalityCode,
                        String municipality, String subRegion, boolean prioritisedArea, CentreKind kind,
                        List<String> ruleIds, List<OperationItem> operations, List<OtherActor> otherActors,
                        String steeringGroup, boolean hasCoordinator, List<FindingItem> checklist) {
    }

    private static final int MAX_SIZE = 100;

    private final CentreQueries queries;
    private final CentreAccess access;
    private final CentreChecklist checklist;
    private final Actors actors;
    private final Texts texts;
    private final CentreGate gate;

    CentreApi(CentreQueries queries, CentreAccess access, CentreChecklist checklist, Actors actors, Texts texts,
              CentreGate gate) {
        this.queries = queries;
        this.access = access;
        this.checklist = checklist;
        this.actors = actors;
        this.texts = texts;
        this.gate = gate;
    }

    @GetMapping
    @Operation(summary = "Familjecentraler du får se",
            description = "Filtrera på kommunkod, kommunalförbund och sort. Sorterade efter namn, högst 100 per sida "
                    + "(size, standard 50; page börjar på 1). Antalet i alla sidor står i X-Total-Count, och "
                    + "Link (RFC 8288) pekar ut nästa och föregående sida.")
    ResponseEntity<List<CentreItem>> list(@RequestParam(required = false) String municipality,
                                          @RequestParam(required = false) String subRegion,
                                          @RequestParam(required = false) CentreKind kind,
                                          @RequestParam(defaultValue = "1") int page,
                                          @RequestParam(defaultValue = "50") int size) {
        var problems = new ArrayList<InvalidRequestException.FieldProblem>();
        if (page < 1) {
            problems.add(new InvalidRequestException.FieldProblem("page", texts.message("api.centres.page")));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new InvalidRequestException.FieldProblem("size", texts.message("api.centres.size", MAX_SIZE)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        var filter = new CentreQueries.Filter(municipality, subRegion, kind);
        CentreQueries.Page centres = queries.page(filter, access.scope(actors.require()).visibility(CentreAction.VIEW),
                CentreQueries.Sort.NAME, false, page, size);
        var answer = ResponseEntity.ok().header("X-Total-Count", Long.toString(centres.total()));
        var links = new ArrayList<String>();
        if (centres.number() < centres.pages()) {
            links.add(link(filter, centres.number() + 1, size, "next"));
        }
        if (centres.number() > 1) {
            links.add(link(filter, centres.number() - 1, size, "prev"));
        }
        if (!links.isEmpty()) {
            answer.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return answer.body(centres.centres().stream()
                .map(c -> new CentreItem(c.id(), c.name(), c.city(), c.municipalityCode(), c.municipality(),
                        c.subRegion(), c.prioritisedArea(), c.kind(), c.operations()))
                .toList());
    }

    private static String link(CentreQueries.Filter filter, int page, int size, String relation) {
        var uri = UriComponentsBuilder.fromPath("/api/v1/centres")
                .queryParamIfPresent("municipality", Optional.ofNullable(filter.municipalityCode()))
                .queryParamIfPresent("subRegion", Optional.ofNullable(filter.subRegionCode()))
                .queryParamIfPresent("kind", Optional.ofNullable(filter.kind()))
                .queryParam("page", page)
                .queryParam("size", size)
                .encode().build().toUriString();
        return "<" + uri + ">; rel=\"" + relation + "\"";
    }

    @GetMapping("/{id}")
    @Operation(summary = "En familjecentral med klassificering och regelkontroll")
    CentreDetail detail(@PathVariable long id) {
        CentreView centre = gate.require(id, CentreAction.VIEW);
        return new CentreDetail(centre.id(), centre.name(), centre.address().street(), centre.address().postalCode(),
                centre.address().city(), centre.municipality().code(), centre.municipality().name(),
                centre.municipality().subRegion().name(), centre.prioritisedArea(), centre.classification().kind(),
                centre.classification().ruleIds(),
                centre.participations().stream().map(p -> new OperationItem(p.operation().name(), p.unit().name(),
                        p.unit().principal().name(), p.unit().principal().organisationNumber(), p.unit().hsaId(),
                        p.coLocated())).toList(),
                centre.otherActors().stream().map(ActorEntry::actor).toList(),
                centre.steeringGroup() == null ? null : centre.steeringGroup().name(),
                centre.coordinator() != null,
                checklist.of(centre).stream().map(this::item).toList());
    }

    private FindingItem item(Finding finding) {
        return new FindingItem(finding.ruleId(), finding.section(), finding.severity(), finding.outcome(),
                texts.finding(finding), finding.countyFollowUp());
    }
}
