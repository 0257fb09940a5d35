package se.samverka.consent;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.InstantType;
import org.hl7.fhir.r5.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.platform.InvalidRequestException;
import se.samverka.platform.InvalidRequestException.FieldProblem;
import se.samverka.platform.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Read-only FHIR R5 for the principal's own systems (§13): the consents in the registers the signed-in staff member
 * keeps as {@code Consent}, and the disclosures from or to them as {@code AuditEvent} in the manner of IHE's Basic
 * Audit Log Patterns ({@link FhirResources} says how each field is filled). Who reads what is decided as for the
 * register pages (R13d, {@link PersonRegister#registers()}): an account that keeps no register is refused (403), the
 * staff of another unit find nothing (an empty Bundle, and 404 for a consent outside their registers). A person with
 * protected identity (R13e) is left out of lists and found only by their whole identity number. Every person an
 * answer carries is an audit entry. Errors are problem+json with a Swedish text, as elsewhere in the API.
 */
@RestController
@RequestMapping(path = "/api/v1/fhir", produces = {FhirApi.FHIR_JSON, MediaType.APPLICATION_JSON_VALUE})
@Tag(name = "FHIR", description = "Samtycken och utlämnanden i dina register som FHIR R5, för huvudmannens egna system")
class FhirApi {

    static final String FHIR_JSON = "application/fhir+json";
    private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");

    private final FhirRecords records;
    private final FhirResources resources;
    private final FhirContext fhir;
    private final Texts texts;
    private final Clock clock;

    FhirApi(FhirRecords records, FhirResources resources, FhirContext fhir, Texts texts, Clock clock) {
        this.records = records;
        this.resources = resources;
        this.fhir = fhir;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/Consent")
    @Operation(summary = "Samtycken i dina register (FHIR R5 Consent, Bundle av typen searchset)",
            description = "Samtyckena i de register du för som personal, det senast registrerade först. En person med "
                    + "skyddad identitet finns bara med när du söker på hela personnumret, och då utan namn. Varje "
                    + "person i svaret loggas. Sidor med _count (standard 50, högst 200) och länken next.",
            responses = @ApiResponse(responseCode = "200", description = "Bundle (searchset) med Consent",
                    content = @Content(mediaType = FHIR_JSON, schema = @Schema(type = "object"))))
    @Parameters({
            @Parameter(name = "subject:identifier", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
                    description = "Personnummer eller samordningsnummer, exakt, med eller utan system: "
                            + FhirResources.PERSONNUMMER + "|197001011234. Även patient:identifier."),
            @Parameter(name = "status", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
                    description = "active (gäller eller har inte börjat gälla) eller inactive (återkallat eller "
                            + "upphört); flera med kommatecken"),
            @Parameter(name = "date", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
                    description = "Dagen samtycket registrerades, med FHIR:s prefix: ge2026-01-01, le2026-12"),
            @Parameter(name = "period", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
                    description = "Samtyckets giltighetstid: period=ge2026-06-01&period=le2026-06-30 ger dem som "
                            + "gäller någon dag i juni"),
            @Parameter(name = "_count", in = ParameterIn.QUERY, schema = @Schema(type = "integer")),
            @Parameter(name = "_offset", in = ParameterIn.QUERY, schema = @Schema(type = "integer"))})
    ResponseEntity<String> consents(HttpServletRequest request) {
        records.requireRegisters();
        FhirQuery query = FhirQuery.parse(FhirQuery.Accepts.CONSENT, request.getParameterMap(), today(),
                clock.getZone(), texts);
        FhirRecords.Page<FhirRecords.ConsentEntry> page = records.consents(query);
        String base = base();
        LegalBasis basis = page.entries().isEmpty() ? null : records.consentBasis();
        return answer(bundle(base, "Consent", query, page.total(),
                page.entries().stream().map(entry -> (Resource) resources.consent(entry, basis)).toList()));
    }

    @GetMapping("/Consent/{id}")
    @Operation(summary = "Ett samtycke i dina register (FHIR R5 Consent)",
            description = "404 för ett samtycke som inte finns i dina register, och för ett samtycke om en person med "
                    + "skyddad identitet: det hittas bara genom en sökning på personnumret.",
            responses = @ApiResponse(responseCode = "200", description = "Consent",
                    content = @Content(mediaType = FHIR_JSON, schema = @Schema(type = "object"))))
    ResponseEntity<String> consent(@PathVariable String id) {
        records.requireRegisters();
        if (!ID.matcher(id).matches()) {
            throw new InvalidRequestException(List.of(new FieldProblem("id", texts.message("api.fhir.id"))));
        }
        FhirRecords.ConsentEntry entry = records.consent(Long.parseLong(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        texts.message("api.fhir.consent.not-found", id)));
        return answer(resources.consent(entry, records.consentBasis()));
    }

    @GetMapping("/AuditEvent")
    @Operation(summary = "Utlämnanden från och till dina register (FHIR R5 AuditEvent, Bundle av typen searchset)",
            description = "Varje uppgiftslämnande som ett av dina register har gjort eller tagit emot, med rättslig "
                    + "grund, enligt IHE Basic Audit Log Patterns (export). En person med skyddad identitet finns bara "
                    + "med när du söker på hela personnumret. Varje person i svaret loggas.",
            responses = @ApiResponse(responseCode = "200", description = "Bundle (searchset) med AuditEvent",
                    content = @Content(mediaType = FHIR_JSON, schema = @Schema(type = "object"))))
    @Parameters({
            @Parameter(name = "patient:identifier", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
                    description = "Personnummer eller samordningsnummer, exakt. Även entity:identifier."),
            @Parameter(name = "date", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
                    description = "När utlämnandet registrerades, med FHIR:s prefix: ge2026-12-01"),
            @Parameter(name = "_count", in = ParameterIn.QUERY, schema = @Schema(type = "integer")),
            @Parameter(name = "_offset", in = ParameterIn.QUERY, schema = @Schema(type = "integer"))})
    ResponseEntity<String> disclosures(HttpServletRequest request) {
        records.requireRegisters();
        FhirQuery query = FhirQuery.parse(FhirQuery.Accepts.AUDIT_EVENT, request.getParameterMap(), today(),
                clock.getZone(), texts);
        FhirRecords.Page<FhirRecords.DisclosureEntry> page = records.disclosures(query);
        String base = base();
        return answer(bundle(base, "AuditEvent", query, page.total(),
                page.entries().stream().map(entry -> (Resource) resources.disclosure(entry, base)).toList()));
    }

    private Bundle bundle(String base, String type, FhirQuery query, long total, List<Resource> found) {
        var bundle = new Bundle();
        bundle.getMeta().setLastUpdatedElement(new InstantType(Date.from(clock.instant()), TemporalPrecisionEnum.MILLI,
                TimeZone.getTimeZone(clock.getZone())));
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal((int) Math.min(total, Integer.MAX_VALUE));
        bundle.addLink().setRelation(Bundle.LinkRelationTypes.SELF).setUrl(link(base, type, query, query.offset()));
        if (query.count() > 0 && query.offset() + query.count() < total) {
            bundle.addLink().setRelation(Bundle.LinkRelationTypes.NEXT)
                    .setUrl(link(base, type, query, query.offset() + query.count()));
        }
        if (query.count() > 0 && query.offset() > 0) {
            bundle.addLink().setRelation(Bundle.LinkRelationTypes.PREVIOUS)
                    .setUrl(link(base, type, query, Math.max(0, query.offset() - query.count())));
        }
        for (Resource resource : found) {
            bundle.addEntry().setFullUrl(base + "/" + type + "/" + resource.getIdPart()).setResource(resource)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private static String link(String base, String type, FhirQuery query, int offset) {
        var uri = UriComponentsBuilder.fromUriString(base + "/" + type);
        for (Map.Entry<String, List<String>> parameter : query.applied().entrySet()) {
            uri.queryParam(parameter.getKey(), parameter.getValue().toArray());
        }
        uri.queryParam("_count", query.count());
        if (offset > 0) {
            uri.queryParam("_offset", offset);
        }
        return uri.encode().build().toUriString();
    }

    private ResponseEntity<String> answer(Resource resource) {
        return ResponseEntity.ok(fhir.newJsonParser().encodeResourceToString(resource));
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/fhir").build().toUriString();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
