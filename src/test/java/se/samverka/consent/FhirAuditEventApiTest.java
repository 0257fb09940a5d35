package se.samverka.consent;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r5.model.AuditEvent;
import org.hl7.fhir.r5.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
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
import se.samverka.support.TestClock;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * GET /api/v1/fhir/AuditEvent: the disclosures from or to the staff member's registers (R13b) as FHIR R5 AuditEvents
 * in the manner of IHE BALP's privacy disclosure (export), with their legal basis; read by the staff of both ends and
 * nobody else (R13d), a person with protected identity only by their whole number (R13e), every person audited.
 */
@IntegrationTest
class FhirAuditEventApiTest {

    private static final String API = "/api/v1/fhir/AuditEvent";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FhirContext fhir;
    @Autowired
    TestClock clock;

    private RegisterFixture registers;
    private Fixtures.Centre centre;
    private long bvc;
    private long soc;
    private String bvcStaff;
    private String socStaff;
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
        socStaff = fixtures.account(new Grant(Role.STAFF, soc));
        child = RegisterFixture.coordinationNumber(3, 14, 3);
        childId = registers.child(bvcStaff, bvc, "Elsa Utlämnadsson", child, false);
    }

    @Test
    void aDisclosureOnAConsentIsAnExportWithItsSourceRecipientGiversAndLegalBasis() throws Exception {
        long consent = registers.consent(bvcStaff, bvc, childId, Map.of());
        long disclosure = registers.disclose(bvcStaff, bvc, childId, Map.of());

        MockHttpServletResponse response = mvc.perform(get(API).with(fixtures.as(bvcStaff))).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/fhir+json");
        Bundle bundle = bundle(response);
        assertThat(bundle.getTotal()).isOne();
        assertThat(bundle.getEntryFirstRep().getFullUrl()).endsWith(API + "/" + disclosure);
        AuditEvent event = (AuditEvent) bundle.getEntryFirstRep().getResource();

        assertThat(event.getIdPart()).isEqualTo(String.valueOf(disclosure));
        assertThat(code(event.getCategoryFirstRep())).isEqualTo("http://dicom.nema.org/resources/ontology/DCM#110106");
        assertThat(code(event.getCode())).isEqualTo("http://terminology.hl7.org/CodeSystem/iso-21089-lifecycle#disclose");
        assertThat(event.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
        assertThat(event.getOccurredDateTimeType().getValueAsString()).isEqualTo("2026-12-02");
        assertThat(event.getRecordedElement().getValueAsString()).startsWith("2026-12-02T10:").endsWith("+01:00");
        assertThat(event.getOutcome().getCode().getCode()).isEqualTo("0");
        Coding basis = event.getAuthorizationFirstRep().getCodingFirstRep();
        assertThat(basis.getSystem() + "#" + basis.getCode() + " v" + basis.getVersion())
                .isEqualTo(FhirResources.LEGAL_BASIS + "#CONSENT v1");
        assertThat(basis.getDisplay()).isEqualTo("OSL 12 kap. 2 §: Samtycke från den enskilde");
        assertThat(event.getAuthorizationFirstRep().getText()).isEqualTo("Samtycke " + consent + " (OSL 12 kap. 2 §)");
        assertThat(event.getPatient().getIdentifier().getValue()).isEqualTo(child.replace("-", ""));
        assertThat(event.getPatient().getDisplay()).isEqualTo("Elsa Utlämnadsson");

        AuditEventAgentComponent source = agent(event, "110153");
        assertThat(source.getWho().getDisplay()).isEqualTo(registers.unitName(bvc) + " (barnhälsovård)");
        assertThat(source.getPolicy()).hasSize(1);
        assertThat(source.getPolicy().getFirst().getValue()).endsWith("/api/v1/fhir/Consent/" + consent);
        assertThat(agent(event, "110152").getWho().getDisplay())
                .isEqualTo(registers.unitName(soc) + " (förebyggande socialtjänst)");
        assertThat(agent(event, "159541003").getWho().getDisplay()).isEqualTo(fixtures.region().name());
        AuditEventAgentComponent user = agent(event, "AGNT");
        assertThat(user.getWho().getIdentifier().getValue()).isEqualTo(bvcStaff);
        assertThat(user.getRequestor()).isTrue();
        assertThat(event.getAgent()).filteredOn(a -> code(a.getType()).endsWith("#429577009"))
                .extracting(a -> a.getWho().getDisplay())
                .containsExactly("Vårdnadshavare 1: Anna Utlämnadsson", "Vårdnadshavare 2: Erik Utlämnadsson");
        assertThat(event.getSource().getSite().getDisplay()).isEqualTo(centre.name());
        assertThat(event.getSource().getObserver().getDisplay()).isEqualTo("Samverka");

        assertThat(event.getEntity()).hasSize(3);
        assertThat(code(event.getEntity().get(0).getRole())).endsWith("object-role#1");
        assertThat(event.getEntity().get(0).getWhat().getIdentifier().getSystem())
                .isEqualTo(FhirResources.SAMORDNINGSNUMMER);
        assertThat(event.getEntity().get(1).getWhat().getDisplay()).isEqualTo("Tillväxtkurva och vaccinationer");
        assertThat(code((CodeableConcept) event.getEntity().get(1).getDetailFirstRep().getValue()))
                .isEqualTo(FhirResources.INFORMATION_KIND + "#HEALTH");
        assertThat(event.getEntity().get(2).getWhat().getReference()).isEqualTo("Consent/" + consent);

        long received = jdbc.sql("select receiving_person_id from disclosure where id = :id").param("id", disclosure)
                .query(Long.class).single();
        assertThat(registers.audit(childId)).last().asString()
                .startsWith("READ " + bvcStaff + " personregister familjecentral " + centre.id())
                .endsWith(": lista, utlämnande " + disclosure + " (API, FHIR AuditEvent)");
        assertThat(registers.audit(received)).noneMatch(line -> line.contains("FHIR"));

        AuditEvent atReceiver = (AuditEvent) bundle(mvc.perform(get(API).with(fixtures.as(socStaff)))
                .andReturn().getResponse()).getEntryFirstRep().getResource();
        assertThat(atReceiver.getIdPart()).isEqualTo(String.valueOf(disclosure));
        assertThat(atReceiver.getPatient().getDisplay()).isEqualTo("Elsa Utlämnadsson");
        assertThat(registers.audit(received)).last().asString().startsWith("READ " + socStaff)
                .endsWith(" (API, FHIR AuditEvent)");
    }

    @Test
    void aDisclosureUnderASecrecyBreakingRuleCarriesTheRuleItsVersionStatuteAndReason() throws Exception {
        long disclosure = registers.disclose(bvcStaff, bvc, childId, Map.of("basis", "OSL_10_28",
                "reason", "Orosanmälan: barnet kan fara illa"));

        AuditEvent event = (AuditEvent) bundle(mvc.perform(get(API).with(fixtures.as(bvcStaff))).andReturn()
                .getResponse()).getEntryFirstRep().getResource();
        assertThat(event.getIdPart()).isEqualTo(String.valueOf(disclosure));
        Coding basis = event.getAuthorizationFirstRep().getCodingFirstRep();
        assertThat(basis.getCode() + " v" + basis.getVersion() + " " + basis.getDisplay())
                .isEqualTo("OSL_10_28 v1 OSL 10 kap. 28 §: Uppgiftsskyldighet enligt lag");
        assertThat(event.getAuthorizationFirstRep().getText())
                .isEqualTo("OSL 10 kap. 28 §. Skäl i det enskilda fallet: Orosanmälan: barnet kan fara illa");
        assertThat(event.getAgent()).noneMatch(a -> code(a.getType()).endsWith("#429577009"));
        assertThat(agent(event, "110153").hasPolicy()).isFalse();
        assertThat(event.getEntity()).hasSize(2);
    }

    @Test
    void aProtectedPersonsDisclosureIsFoundOnlyByTheWholeNumberAndWithoutName() throws Exception {
        String number = RegisterFixture.coordinationNumber(7, 9, 4);
        long hidden = registers.child(bvcStaff, bvc, "Sara Skyddadsson", number, true);
        registers.consent(bvcStaff, bvc, hidden, Map.of());
        long disclosure = registers.disclose(bvcStaff, bvc, hidden, Map.of());
        registers.consent(bvcStaff, bvc, childId, Map.of());
        registers.disclose(bvcStaff, bvc, childId, Map.of());

        for (String staff : List.of(bvcStaff, socStaff)) {
            Bundle list = bundle(mvc.perform(get(API).with(fixtures.as(staff))).andReturn().getResponse());
            assertThat(list.getTotal()).isOne();
            assertThat(list.getEntryFirstRep().getResource().getIdPart()).isNotEqualTo(String.valueOf(disclosure));
            for (String parameter : List.of("patient:identifier", "entity:identifier")) {
                Bundle found = bundle(mvc.perform(get(API).param(parameter, number).with(fixtures.as(staff)))
                        .andReturn().getResponse());
                assertThat(found.getTotal()).isOne();
                AuditEvent event = (AuditEvent) found.getEntryFirstRep().getResource();
                assertThat(event.getIdPart()).isEqualTo(String.valueOf(disclosure));
                assertThat(event.getPatient().getDisplay()).isEqualTo("Skyddad identitet");
                assertThat(event.getPatient().hasIdentifier()).isFalse();
                assertThat(event.getMeta().getSecurityFirstRep().getCode()).isEqualTo("R");
                assertThat(fhir.newJsonParser().encodeResourceToString(event))
                        .doesNotContain("Skyddadsson", number.replace("-", ""));
            }
        }
        assertThat(registers.audit(hidden)).last().asString().contains("SKYDDAD IDENTITET");
    }

    @Test
    void theDateSearchesWhenItWasRecordedAndOthersAreRefused() throws Exception {
        registers.consent(bvcStaff, bvc, childId, Map.of());
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        registers.disclose(bvcStaff, bvc, childId, Map.of("on", "2026-11-20"));
        clock.set(LocalDateTime.of(2026, 12, 2, 10, 0));
        registers.disclose(bvcStaff, bvc, childId, Map.of());

        assertThat(bundle(mvc.perform(get(API).with(fixtures.as(bvcStaff))).andReturn().getResponse()).getTotal())
                .isEqualTo(2);
        assertThat(bundle(mvc.perform(get(API).param("date", "ge2026-12-01").with(fixtures.as(bvcStaff)))
                .andReturn().getResponse()).getTotal()).isOne();
        assertThat(bundle(mvc.perform(get(API).param("date", "2026-11").with(fixtures.as(bvcStaff)))
                .andReturn().getResponse()).getTotal()).isOne();
        assertThat(bundle(mvc.perform(get(API).param("date", "lt2026-11-20T09:00:00+01:00")
                .with(fixtures.as(bvcStaff))).andReturn().getResponse()).getTotal()).isZero();
        assertThat(bundle(mvc.perform(get(API).param("date", "le2026-11-20T09:00:00+01:00")
                .with(fixtures.as(bvcStaff))).andReturn().getResponse()).getTotal()).isOne();

        for (String bad : List.of("date=2026-02-30", "patient:identifier=19121212", "patient=Patient/5",
                "_count=x")) {
            MockHttpServletResponse response = mvc.perform(get(API + "?" + bad).with(fixtures.as(bvcStaff)))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(bad).isEqualTo(400);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        int audited = registers.audit(childId).size();
        for (String outsider : List.of(fixtures.account(new Grant(Role.COORDINATOR, centre.id())),
                fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())), fixtures.account(Grant.countyAdmin()),
                fixtures.account(new Grant(Role.AUDITOR, null)), fixtures.account())) {
            assertThat(mvc.perform(get(API).with(fixtures.as(outsider))).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
        }
        assertThat(bundle(mvc.perform(get(API).with(fixtures.as(fixtures.account(new Grant(Role.STAFF,
                centre.unitIds().get(2)))))).andReturn().getResponse()).getTotal())
                .as("the open pre-school neither sent nor received").isZero();
        assertThat(mvc.perform(get(API)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(registers.audit(childId)).hasSize(audited);
    }

    /** The agent whose type has the code. */
    private static AuditEventAgentComponent agent(AuditEvent event, String code) {
        return event.getAgent().stream().filter(agent -> agent.getType().getCodingFirstRep().getCode().equals(code))
                .findFirst().orElseThrow();
    }

    private static String code(CodeableConcept concept) {
        return concept.getCodingFirstRep().getSystem() + "#" + concept.getCodingFirstRep().getCode();
    }

    private Bundle bundle(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        return fhir.newJsonParser().parseResource(Bundle.class, body);
    }
}
