package se.samverka.consent;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Consent;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * GET /api/v1/fhir/Consent: the consents of the staff member's registers as FHIR R5, parsed back with HAPI, on the
 * test clock's day 2026-12-02. Only the register's own staff read them (R13d); a person with protected identity is
 * found only by their whole number, without name (R13e); every person an answer carries is audited.
 */
@IntegrationTest
class FhirConsentApiTest {

    private static final String API = "/api/v1/fhir/Consent";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FhirContext fhir;

    private Fixtures.Centre centre;
    private RegisterFixture registers;
    private long bvc;
    private long soc;
    private String bvcStaff;
    private String child;
    private long childId;

    @BeforeEach
    void aChildInTheChildHealthRegister() throws Exception {
        centre = fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        registers = new RegisterFixture(mvc, fixtures, jdbc, centre);
        bvc = centre.unitIds().get(1);
        soc = centre.unitIds().get(3);
        bvcStaff = fixtures.account(new Grant(Role.STAFF, bvc));
        child = RegisterFixture.coordinationNumber(3, 14, 1);
        childId = registers.child(bvcStaff, bvc, "Elsa Samtyckesson", child, false);
    }

    @Test
    void aConsentIsAFhirConsentWithItsPersonGiversOperationsPurposeAndKinds() throws Exception {
        long consent = registers.consent(bvcStaff, bvc, childId, Map.of());

        MockHttpServletResponse response = mvc.perform(get(API).with(fixtures.as(bvcStaff))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/fhir+json");
        Bundle bundle = bundle(response);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(bundle.getTotal()).isOne();
        assertThat(bundle.getEntryFirstRep().getFullUrl()).endsWith(API + "/" + consent);
        assertThat(bundle.getEntryFirstRep().getSearch().getMode()).isEqualTo(Bundle.SearchEntryMode.MATCH);

        Consent resource = (Consent) bundle.getEntryFirstRep().getResource();
        assertThat(resource.getIdPart()).isEqualTo(String.valueOf(consent));
        assertThat(resource.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
        assertThat(resource.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("IDSCL");
        assertThat(resource.getSubject().getIdentifier().getSystem())
                .isEqualTo("http://electronichealth.se/identifier/samordningsnummer");
        assertThat(resource.getSubject().getIdentifier().getValue()).isEqualTo(child.replace("-", ""));
        assertThat(resource.getSubject().getDisplay()).isEqualTo("Elsa Samtyckesson");
        assertThat(resource.getDateElement().getValueAsString()).isEqualTo("2026-12-02");
        assertThat(resource.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-06-01");
        assertThat(resource.getPeriod().getEndElement().getValueAsString()).isEqualTo("2027-05-31");
        assertThat(resource.getGrantor()).extracting(Reference::getDisplay)
                .containsExactly("Vårdnadshavare 1: Anna Samtyckesson", "Vårdnadshavare 2: Erik Samtyckesson");
        assertThat(resource.getGrantee()).extracting(Reference::getDisplay)
                .containsExactly(registers.unitName(soc) + " (förebyggande socialtjänst)");
        assertThat(resource.getManagerFirstRep().getDisplay())
                .isEqualTo(registers.unitName(bvc) + " (barnhälsovård)");
        assertThat(resource.getControllerFirstRep().getDisplay()).isEqualTo(fixtures.region().name());
        assertThat(resource.getControllerFirstRep().getIdentifier().getValue()).isEqualTo("2321000131");
        assertThat(resource.getRegulatoryBasisFirstRep().getCodingFirstRep().getCode()).isEqualTo("CONSENT");
        assertThat(resource.getRegulatoryBasisFirstRep().getCodingFirstRep().getVersion()).isEqualTo("1");
        assertThat(resource.getRegulatoryBasisFirstRep().getCodingFirstRep().getDisplay())
                .startsWith("OSL 12 kap. 2 §");
        assertThat(resource.getDecision().toCode()).isEqualTo("permit");

        Consent.ProvisionComponent provision = resource.getProvisionFirstRep();
        assertThat(provision.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-06-01");
        assertThat(provision.getPeriod().getEndElement().getValueAsString()).isEqualTo("2027-05-31");
        assertThat(provision.getProvision()).as("one nested provision per way the information may pass").hasSize(1);
        assertThat(provision.getProvisionFirstRep().getActor())
                .extracting(actor -> actor.getRole().getCodingFirstRep().getCode() + " "
                        + actor.getReference().getDisplay())
                .containsExactly("CST " + registers.unitName(bvc) + " (barnhälsovård)",
                        "IRCP " + registers.unitName(soc) + " (förebyggande socialtjänst)");
        assertThat(provision.getActionFirstRep().getCodingFirstRep().getCode()).isEqualTo("disclose");
        assertThat(provision.getPurposeFirstRep().getSystem()).isEqualTo(FhirResources.CONSENT_PURPOSE);
        assertThat(provision.getPurposeFirstRep().getCode()).isEqualTo("COORDINATED_PARENTING_SUPPORT");
        assertThat(provision.getPurposeFirstRep().getDisplay()).isEqualTo("Samordnat föräldrastöd");
        assertThat(provision.getCode()).extracting(code -> code.getCodingFirstRep().getSystem() + "#"
                        + code.getCodingFirstRep().getCode() + " " + code.getCodingFirstRep().getDisplay())
                .containsExactly(FhirResources.INFORMATION_KIND + "#HEALTH uppgifter om hälsa",
                        FhirResources.INFORMATION_KIND + "#SOCIAL_CIRCUMSTANCES uppgifter om sociala förhållanden");
        assertThat(registers.audit(childId)).last().asString()
                .startsWith("READ " + bvcStaff + " personregister familjecentral " + centre.id())
                .endsWith(": lista (API, FHIR Consent)");

        MockHttpServletResponse read = mvc.perform(get(API + "/" + consent).with(fixtures.as(bvcStaff)))
                .andReturn().getResponse();
        assertThat(read.getStatus()).isEqualTo(200);
        Consent alone = fhir.newJsonParser().parseResource(Consent.class, read.getContentAsString(StandardCharsets.UTF_8));
        assertThat(alone.getSubject().getDisplay()).isEqualTo("Elsa Samtyckesson");
        assertThat(registers.audit(childId)).last().asString().endsWith(": läst (API, FHIR Consent)");
    }

    @Test
    void aWithdrawnOrExpiredConsentIsInactiveAndStatusSearchesTellThemApart() throws Exception {
        long standing = registers.consent(bvcStaff, bvc, childId, Map.of("givenBy", "CUSTODIAN_1,CUSTODIAN_2"));
        long withdrawn = registers.consent(bvcStaff, bvc, childId, Map.of("to", "OPEN_PRESCHOOL"));
        registers.withdraw(bvcStaff, bvc, childId, withdrawn, "2026-12-01");
        long expired = registers.consent(bvcStaff, bvc, childId, Map.of("validFrom", "2025-12-05",
                "validTo", "2026-06-30"));
        long future = registers.consent(bvcStaff, bvc, childId, Map.of("validFrom", "2026-12-20",
                "validTo", "2027-06-30", "to", "MIDWIFE_CLINIC"));
        long neverInForce = registers.consent(bvcStaff, bvc, childId, Map.of("validFrom", "2026-12-10",
                "validTo", "2027-01-31", "to", "OPEN_PRESCHOOL"));
        registers.withdraw(bvcStaff, bvc, childId, neverInForce, "2026-12-02");

        Map<String, Consent> all = consents(API, bvcStaff);
        assertThat(all.get(String.valueOf(standing)).getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
        assertThat(all.get(String.valueOf(future)).getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
        assertThat(all.get(String.valueOf(expired)).getStatus()).isEqualTo(Consent.ConsentState.INACTIVE);
        Consent withdrawnConsent = all.get(String.valueOf(withdrawn));
        assertThat(withdrawnConsent.getStatus()).isEqualTo(Consent.ConsentState.INACTIVE);
        assertThat(withdrawnConsent.getPeriod().getEndElement().getValueAsString()).isEqualTo("2027-05-31");
        assertThat(withdrawnConsent.getProvisionFirstRep().getPeriod().getEndElement().getValueAsString())
                .as("a withdrawal stops disclosures from its own day").isEqualTo("2026-11-30");
        assertThat(all.get(String.valueOf(neverInForce)).getProvisionFirstRep().hasPeriod()).isFalse();

        assertThat(consents(API + "?status=active", bvcStaff).keySet())
                .containsExactlyInAnyOrder(String.valueOf(standing), String.valueOf(future));
        assertThat(consents(API + "?status=http://hl7.org/fhir/consent-state-codes|inactive", bvcStaff).keySet())
                .containsExactlyInAnyOrder(String.valueOf(withdrawn), String.valueOf(expired),
                        String.valueOf(neverInForce));
        assertThat(consents(API + "?status=active,inactive", bvcStaff)).hasSize(5);
        assertThat(consents(API + "?status=draft", bvcStaff)).isEmpty();
        assertThat(consents(API + "?period=ge2026-06-01&period=le2026-06-30", bvcStaff).keySet())
                .as("valid some day in June 2026").containsExactlyInAnyOrder(String.valueOf(standing),
                        String.valueOf(withdrawn), String.valueOf(expired));
        assertThat(consents(API + "?period=sa2026-12-02", bvcStaff).keySet())
                .containsExactlyInAnyOrder(String.valueOf(future), String.valueOf(neverInForce));
        assertThat(consents(API + "?date=2026-12-02", bvcStaff)).hasSize(5);
        assertThat(consents(API + "?date=lt2026-12", bvcStaff)).isEmpty();
    }

    @Test
    void aPersonWithProtectedIdentityIsLeftOutOfListsAndFoundOnlyByTheWholeNumberWithoutName() throws Exception {
        String number = RegisterFixture.coordinationNumber(5, 2, 2);
        long hidden = registers.child(bvcStaff, bvc, "Sara Skyddadsson", number, true);
        long consent = registers.consent(bvcStaff, bvc, hidden, Map.of());
        registers.consent(bvcStaff, bvc, childId, Map.of());

        String list = body(mvc.perform(get(API).with(fixtures.as(bvcStaff))).andReturn().getResponse());
        assertThat(bundle(list).getTotal()).isOne();
        assertThat(bundle(list).getEntryFirstRep().getResource().getIdPart()).isNotEqualTo(String.valueOf(consent));
        assertThat(list).doesNotContain("Skyddadsson", number.replace("-", ""));
        assertThat(registers.audit(hidden)).noneMatch(line -> line.contains("FHIR"));
        assertThat(mvc.perform(get(API + "/" + consent).with(fixtures.as(bvcStaff))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);

        for (String searched : List.of(number, number.replace("-", ""),
                "http://electronichealth.se/identifier/samordningsnummer|" + number.replace("-", ""),
                "urn:oid:1.2.752.129.2.1.3.3|" + number)) {
            String found = body(mvc.perform(get(API).param("subject:identifier", searched)
                    .with(fixtures.as(bvcStaff))).andReturn().getResponse());
            Bundle bundle = bundle(found);
            assertThat(bundle.getTotal()).as(searched).isOne();
            Consent resource = (Consent) bundle.getEntryFirstRep().getResource();
            assertThat(resource.getIdPart()).isEqualTo(String.valueOf(consent));
            assertThat(resource.getSubject().getDisplay()).isEqualTo("Skyddad identitet");
            assertThat(resource.getSubject().hasIdentifier()).isFalse();
            assertThat(resource.getGrantor()).extracting(Reference::getDisplay)
                    .containsExactly("Vårdnadshavare 1", "Vårdnadshavare 2");
            assertThat(resource.getMeta().getSecurityFirstRep().getCode()).isEqualTo("R");
            assertThat(fhir.newJsonParser().encodeResourceToString(resource))
                    .as("only the self link, which says what was searched, has the number")
                    .doesNotContain("Skyddadsson", number.replace("-", ""));
            assertThat(found).doesNotContain("Skyddadsson");
        }
        assertThat(bundle(body(mvc.perform(get(API).param("patient:identifier",
                "http://electronichealth.se/identifier/personnummer|" + number).with(fixtures.as(bvcStaff)))
                .andReturn().getResponse())).getTotal()).as("a samordningsnummer is no personnummer").isZero();
        assertThat(registers.audit(hidden)).last().asString()
                .endsWith(": sökt på personnummer; SKYDDAD IDENTITET (API, FHIR Consent)");
    }

    @Test
    void theStaffOfAnotherUnitFindNothingAndEveryoneElseIsRefused() throws Exception {
        long consent = registers.consent(bvcStaff, bvc, childId, Map.of());
        int audited = registers.audit(childId).size();
        Fixtures.Centre other = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        for (String staff : List.of(fixtures.account(new Grant(Role.STAFF, soc)),
                fixtures.account(new Grant(Role.STAFF, other.unitIds().getFirst())))) {
            Bundle bundle = bundle(body(mvc.perform(get(API).with(fixtures.as(staff))).andReturn().getResponse()));
            assertThat(bundle.getTotal()).isZero();
            assertThat(bundle.getEntry()).isEmpty();
            assertThat(bundle(body(mvc.perform(get(API).param("subject:identifier", child)
                    .with(fixtures.as(staff))).andReturn().getResponse())).getTotal()).isZero();
            MockHttpServletResponse read = mvc.perform(get(API + "/" + consent).with(fixtures.as(staff)))
                    .andReturn().getResponse();
            assertThat(read.getStatus()).isEqualTo(404);
            assertThat(read.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(body(read)).contains("Det finns inget samtycke " + consent).doesNotContain("Samtyckesson");
        }
        for (String outsider : List.of(fixtures.account(new Grant(Role.COORDINATOR, centre.id())),
                fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())), fixtures.account(Grant.countyAdmin()),
                fixtures.account(new Grant(Role.AUDITOR, null)), fixtures.account(),
                fixtures.account(new Grant(Role.PRINCIPAL_ADMIN, fixtures.region().id())))) {
            for (String path : List.of(API, API + "/" + consent, API + "?subject:identifier=" + child,
                    API + "/abc")) {
                MockHttpServletResponse response = mvc.perform(get(path).with(fixtures.as(outsider)))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(path).isEqualTo(403);
                assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                assertThat(body(response)).contains("Ingen behörighet").doesNotContain("Samtyckesson");
            }
        }
        MockHttpServletResponse anonymous = mvc.perform(get(API)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(registers.audit(childId)).hasSize(audited);
    }

    @Test
    void badInputIsA400WithASwedishTextAndNeverAServerError() throws Exception {
        registers.consent(bvcStaff, bvc, childId, Map.of());
        String wrongCheckDigit = child.substring(0, 12) + (char) ('0' + (child.charAt(12) - '0' + 1) % 10);
        Map<String, String> cases = Map.ofEntries(
                Map.entry("?status=withdrawn", "okänd status \"withdrawn\""),
                Map.entry("?subject:identifier=12345", "är inte ett giltigt personnummer eller samordningsnummer"),
                Map.entry("?subject:identifier=" + wrongCheckDigit, "Kontrollsiffran stämmer inte"),
                Map.entry("?subject:identifier=http://example.org/id|" + child, "okänt system för identifieraren"),
                Map.entry("?subject=Patient/1", "Samverka har inga Patient-resurser"),
                Map.entry("?date=2026-13-01", "\"2026-13-01\" är inte ett datum"),
                Map.entry("?date=ap2026-12-01", "prefixet ap stöds inte"),
                Map.entry("?period=igår", "\"igår\" är inte ett datum"),
                Map.entry("?_count=abc", "\"abc\" är inte ett antal"),
                Map.entry("?_count=-1", "\"-1\" är inte ett antal"),
                Map.entry("?_offset=x", "\"x\" är ingen position"),
                Map.entry("?_format=xml", "svaret kan bara ges som JSON"),
                Map.entry("/abc", "ett id är ett positivt heltal"),
                Map.entry("/0", "ett id är ett positivt heltal"),
                Map.entry("/99999999999999999999", "ett id är ett positivt heltal"));
        for (var example : cases.entrySet()) {
            MockHttpServletResponse response = mvc.perform(get(API + example.getKey()).with(fixtures.as(bvcStaff)))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(example.getKey()).isEqualTo(400);
            assertThat(response.getContentType()).as(example.getKey())
                    .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(body(response).replace("\\\"", "\"")).as(example.getKey()).contains(example.getValue());
        }
        assertThat(mvc.perform(get(API + "/123456789012").with(fixtures.as(bvcStaff))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        for (String hostile : List.of("a\u0000b", "\uD800", "\uFFFE", "å".repeat(51_200), "", "-1", "NaN",
                "'\"<script>", "2026-02-30", "eq", "ge2026-12-02T25:00:00Z", "2026-12-02T10:00")) {
            for (String path : List.of(API, "/api/v1/fhir/AuditEvent")) {
                for (String name : List.of("subject:identifier", "patient:identifier", "entity:identifier", "status",
                        "date", "period", "_count", "_offset", "_format", "subject")) {
                    int status = mvc.perform(get(path).param(name, hostile).with(fixtures.as(bvcStaff))).andReturn()
                            .getResponse().getStatus();
                    assertThat(status).as(name + "=" + hostile.substring(0, Math.min(20, hostile.length())))
                            .isIn(200, 400);
                }
            }
            assertThat(mvc.perform(get(java.net.URI.create("http://localhost" + API + "/"
                            + java.net.URLEncoder.encode(hostile.substring(0, Math.min(50, hostile.length())),
                            StandardCharsets.UTF_8))).with(fixtures.as(bvcStaff))).andReturn().getResponse()
                    .getStatus()).isLessThan(500);
        }
        MockHttpServletResponse xml = mvc.perform(get(API).accept("application/fhir+xml").with(fixtures.as(bvcStaff)))
                .andReturn().getResponse();
        assertThat(xml.getStatus()).isEqualTo(406);
    }

    @Test
    void pagesFollowCountAndTheNextLinkAndJsonAndHttpBasicAreAccepted() throws Exception {
        for (int i = 0; i < 3; i++) {
            registers.consent(bvcStaff, bvc, childId, Map.of());
        }
        Bundle first = bundle(body(mvc.perform(get(API).param("_count", "2").param("status", "active")
                .param("ignored", "x").with(fixtures.as(bvcStaff))).andReturn().getResponse()));
        assertThat(first.getTotal()).isEqualTo(3);
        assertThat(first.getEntry()).hasSize(2);
        assertThat(first.getLink("self").getUrl()).endsWith(API + "?status=active&_count=2");
        String next = first.getLink("next").getUrl();
        assertThat(next).endsWith(API + "?status=active&_count=2&_offset=2");
        Bundle second = bundle(body(mvc.perform(get(next.substring(next.indexOf("/api/"))).with(fixtures.as(bvcStaff)))
                .andReturn().getResponse()));
        assertThat(second.getEntry()).hasSize(1);
        assertThat(second.getLink("next")).isNull();
        assertThat(second.getLink("previous").getUrl()).endsWith(API + "?status=active&_count=2");
        assertThat(second.getEntry().getFirst().getResource().getIdPart())
                .isNotIn(first.getEntry().stream().map(e -> e.getResource().getIdPart()).toList());

        int audited = registers.audit(childId).size();
        Bundle counted = bundle(body(mvc.perform(get(API).param("_count", "0").with(fixtures.as(bvcStaff)))
                .andReturn().getResponse()));
        assertThat(counted.getTotal()).isEqualTo(3);
        assertThat(counted.getEntry()).isEmpty();
        assertThat(registers.audit(childId)).as("no person in the answer, none audited").hasSize(audited);
        assertThat(bundle(body(mvc.perform(get(API).param("_count", "500").with(fixtures.as(bvcStaff))).andReturn()
                .getResponse())).getLink("self").getUrl()).endsWith("_count=200");

        MockHttpServletResponse json = mvc.perform(get(API).accept(MediaType.APPLICATION_JSON)
                .with(httpBasic(bvcStaff, Fixtures.PASSWORD))).andReturn().getResponse();
        assertThat(json.getStatus()).isEqualTo(200);
        assertThat(json.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(bundle(body(json)).getTotal()).isEqualTo(3);
    }

    @Test
    void theOpenApiDescriptionHasTheEndpointsAndTheirSearchParameters() throws Exception {
        String description = body(mvc.perform(get("/v3/api-docs")).andReturn().getResponse());
        com.jayway.jsonpath.DocumentContext api = com.jayway.jsonpath.JsonPath.parse(description);
        assertThat(api.read("$.paths['/api/v1/fhir/Consent'].get.parameters[*].name", List.class))
                .contains("subject:identifier", "status", "date", "period", "_count");
        assertThat(api.read("$.paths['/api/v1/fhir/Consent/{id}'].get.summary", String.class))
                .startsWith("Ett samtycke i dina register");
        assertThat(api.read("$.paths['/api/v1/fhir/AuditEvent'].get.parameters[*].name", List.class))
                .contains("patient:identifier", "date");
    }

    private Map<String, Consent> consents(String path, String user) throws Exception {
        Bundle bundle = bundle(body(mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse()));
        var consents = new java.util.LinkedHashMap<String, Consent>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            consents.put(resource.getIdPart(), (Consent) resource);
        }
        assertThat(bundle.getTotal()).isEqualTo(consents.size());
        return consents;
    }

    private Bundle bundle(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(body(response)).isEqualTo(200);
        return bundle(body(response));
    }

    private Bundle bundle(String json) {
        return fhir.newJsonParser().parseResource(Bundle.class, json);
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
