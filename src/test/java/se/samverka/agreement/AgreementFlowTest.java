package se.samverka.agreement;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.samverka.agreement.document.SystemSeal;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.AgreementRequests;
import se.samverka.support.Fixtures;
import se.samverka.support.TestClock;
import se.samverka.support.IntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * A local cooperation agreement from draft to a sealed original, through the pages as its users use
 * them: the coordinator drafts, the steering group sends (§11.1), one named signatory per party signs, and an
 * amendment makes a new version that supersedes the first when it is signed.
 */
@IntegrationTest
class AgreementFlowTest {

    private static final List<se.samverka.rules.BaseOperation> FOUR = List.of(MIDWIFE_CLINIC, CHILD_HEALTH,
            OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Agreements agreements;
    @Autowired
    AgreementFiles files;
    @Autowired
    AgreementEvents events;
    @Autowired
    SystemSeal seal;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AgreementFollowUp followUp;

    @Test
    void aDraftIsPrefilledFromTheRegistry() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));

        mvc.perform(get("/centres/{id}/agreements/new", centre.id()).with(fixtures.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + HtmlEscape.escapeHtml5("Regionhälsan") + "\"")))
                .andExpect(content().string(containsString(
                        HtmlEscape.escapeHtml5("Lokalfrågor regleras i det lokala nyttjanderättsavtalet"))))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void badInputGivesMessagesAtTheFieldsAndSavesNothing() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));

        mvc.perform(AgreementRequests.cooperationDraft(post("/centres/{id}/agreements", centre.id()), FOUR,
                                "2027-01-01", "2026-01-01")
                        .param("meetingHoursPerMonth", "fyra").param("parties[2].organisationNumber", "212000-1356")
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Slutdatum kan inte vara före startdatum.")))
                .andExpect(content().string(containsString("Ange ett tal med högst 1 decimaler")))
                .andExpect(content().string(containsString("Organisationsnumret är inte giltigt.")))
                .andExpect(content().string(containsString("id=\"endsOn-error\"")));

        assertThat(agreements.findByCentreIdOrderByCreatedAt(centre.id())).isEmpty();
    }

    @Test
    void aCooperationAgreementIsDraftedSentSignedByEveryPartyAndSealed() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        List<String> signatories = List.of(fixtures.account(), fixtures.account(), fixtures.account(), fixtures.account());
        String stranger = fixtures.account();
        String steeringMember = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));

        long id = draft(centre, coordinator, "2026-01-01", "2027-12-31");
        mvc.perform(get("/agreements/{id}", id).with(fixtures.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("R15c")))
                .andExpect(content().string(containsString("Styrgruppen skickar det för underskrift")))
                .andExpect(content().string(not(containsString("/agreements/" + id + "/send"))));
        mvc.perform(get("/agreements/{id}", id).with(fixtures.as(steeringMember)))
                .andExpect(content().string(containsString("Skicka för underskrift")));

        send(id, coordinator, signatories).andExpect(status().isForbidden());
        send(id, steeringMember, signatories).andExpect(status().is3xxRedirection());
        Agreement sent = agreements.findById(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(AgreementStatus.SENT);
        assertThat(sent.sections()).extracting(FrozenSection::heading).startsWith("Avtalsparter och placering", "Avtalstid");

        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/agreements/{id}", id).with(fixtures.as(signatories.get(0))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"sign-heading\"")));
        }
        assertThat(events.of(id)).filteredOn(e -> e.event() == AgreementEvent.Kind.VIEWED)
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(signatories.get(0)));
        sent = agreements.findById(id).orElseThrow();
        sign(id, stranger, sent.documentSha256()).andExpect(status().isForbidden());
        sign(id, steeringMember, sent.documentSha256()).andExpect(status().isConflict())
                .andExpect(content().string(containsString("Du är inte namngiven undertecknare")));
        sign(id, signatories.get(0), sent.documentSha256()).andExpect(status().is3xxRedirection());
        Agreement once = agreements.findById(id).orElseThrow();
        List<AgreementEvent> historyOnce = events.of(id);
        sign(id, signatories.get(0), sent.documentSha256()).andExpect(status().isConflict())
                .andExpect(content().string(containsString("Du har redan undertecknat")));
        sign(id, signatories.get(1), "0".repeat(64)).andExpect(status().isConflict());
        Agreement after = agreements.findById(id).orElseThrow();
        assertThat(events.of(id)).isEqualTo(historyOnce);
        assertThat(after.parties()).isEqualTo(once.parties());
        assertThat(after.version()).isEqualTo(once.version());
        mvc.perform(get("/att-gora").with(fixtures.as(signatories.get(1))))
                .andExpect(content().string(containsString("/agreements/" + id)));
        for (String signatory : signatories.subList(1, 4)) {
            sign(id, signatory, sent.documentSha256()).andExpect(status().is3xxRedirection());
        }

        Agreement signed = agreements.findById(id).orElseThrow();
        assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(events.of(id)).extracting(AgreementEvent::event).containsSubsequence(
                AgreementEvent.Kind.CREATED, AgreementEvent.Kind.SENT, AgreementEvent.Kind.VIEWED, AgreementEvent.Kind.SIGNED,
                AgreementEvent.Kind.SIGNED, AgreementEvent.Kind.SIGNED, AgreementEvent.Kind.SIGNED,
                AgreementEvent.Kind.SEALED);
        byte[] sealed = files.sealed(id).orElseThrow();
        assertThat(seal.verify(sealed).intact()).isTrue();
        mvc.perform(get("/agreements/{id}/document.pdf", id).with(fixtures.as(signatories.get(2))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(sealed));
        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'agreement' and object_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(7);
        assertThat(jdbc.sql("""
                        select actor from audit_event
                        where object_type = 'agreement' and object_id = :id and action = 'READ' and detail = 'avtalet som PDF'""")
                .param("id", String.valueOf(id)).query(String.class).list()).containsExactly(signatories.get(2));
    }

    @Test
    void theSignatureBlocksNameTheAccountsWithTheTitleEachSignatoryConfirmedAndTheEvidenceReportCanBeChecked()
            throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        List<String> signatories = List.of(fixtures.account(), fixtures.account(), fixtures.account(), fixtures.account());
        long id = draft(centre, coordinator, "2026-01-01", "2027-12-31");
        int version = agreements.findById(id).orElseThrow().version();
        mvc.perform(AgreementRequests.send(id, version, signatories)
                        .param("signatories[0].name", "Lena Länsson (länsdirektör)")
                        .with(csrf()).with(fixtures.as(steering)))
                .andExpect(status().is3xxRedirection());
        Agreement sent = agreements.findById(id).orElseThrow();
        assertThat(sent.parties()).extracting(Party::signatoryName).containsExactlyElementsOf(
                signatories.stream().map(this::displayName).toList());
        String sentText = text(files.sent(id).orElseThrow());
        assertThat(sentText).contains("Version 1 skickad för underskrift 2026-12-02", "Namn: " + displayName(signatories.get(0)))
                .doesNotContain("Lena Länsson", "UTKAST");

        mvc.perform(get("/agreements/{id}", id).with(fixtures.as(signatories.get(0))))
                .andExpect(content().string(containsString("value=\"Verksamhetschef\"")));
        mvc.perform(AgreementRequests.sign(id, sent.documentSha256()).with(AgreementRequests.replacing("title", " "))
                        .with(csrf()).with(fixtures.as(signatories.get(0))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Skriv din titel")));
        assertThat(agreements.findById(id).orElseThrow().parties().getFirst().hasSigned()).isFalse();
        mvc.perform(AgreementRequests.sign(id, sent.documentSha256()).with(AgreementRequests.replacing("title", "Rektor"))
                        .with(csrf()).with(fixtures.as(signatories.get(0))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/agreements/{id}/signed-version.pdf", id).with(fixtures.as(steering)))
                .andExpect(status().isNotFound());
        for (String signatory : signatories.subList(1, 4)) {
            sign(id, signatory, sent.documentSha256()).andExpect(status().is3xxRedirection());
        }

        String sealed = text(files.sealed(id).orElseThrow());
        assertThat(sealed).contains("Namn: " + displayName(signatories.get(0)), "Titel: Rektor",
                "Undertecknat elektroniskt i Samverka 2026-12-02 kl.", "Granskningsspår", "Transaktions-id",
                displayName(coordinator) + " (" + coordinator + ")", "Visat för undertecknaren för")
                .doesNotContain("Lena Länsson", "UTKAST", "skickad för underskrift");
        assertThat(sealed.strip()).endsWith("Avtalet slutfört och förseglat Samverka (systemets sigill) –");

        byte[] signedVersion = mvc.perform(get("/agreements/{id}/signed-version.pdf", id).with(fixtures.as(steering)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String sha256 = AgreementDocuments.sha256(signedVersion);
        assertThat(sha256).isEqualTo(sent.documentSha256());
        assertThat(sealed).contains(sha256);
        mvc.perform(get("/agreements/{id}", id).with(fixtures.as(steering)))
                .andExpect(content().string(containsString(sha256)))
                .andExpect(content().string(containsString("/agreements/" + id + "/signed-version.pdf")));
    }

    private String displayName(String username) {
        return jdbc.sql("select display_name from app_user where username = :username").param("username", username)
                .query(String.class).single();
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void anAmendmentIsANewVersionThatSupersedesTheSignedOneWhenSigned() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        List<String> signatories = List.of(fixtures.account(), fixtures.account(), fixtures.account(), fixtures.account());
        long first = draft(centre, coordinator, "2026-01-01", "2028-12-31");
        sendAndSignAll(first, steering, signatories);

        String location = mvc.perform(post("/agreements/{id}/amend", first).with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long second = Long.parseLong(location.replaceAll("[^0-9]", ""));
        mvc.perform(post("/agreements/{id}/amend", first).with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().isConflict());
        mvc.perform(AgreementRequests.cooperationDraft(post("/agreements/{id}", second), FOUR, "2026-01-01", "2029-12-31")
                        .with(AgreementRequests.replacing("staffGroup",
                                "Två BVC-sjuksköterskor, en förskollärare och en socionom."))
                        .with(AgreementRequests.replacing("version",
                                String.valueOf(agreements.findById(second).orElseThrow().version())))
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/agreements/{id}/compare", second).with(fixtures.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Personalgrupp")))
                .andExpect(content().string(containsString("Två BVC-sjuksköterskor")))
                .andExpect(content().string(containsString("2029-12-31")));
        sendAndSignAll(second, steering, signatories);

        assertThat(agreements.findById(first).orElseThrow().status()).isEqualTo(AgreementStatus.SUPERSEDED);
        java.time.LocalDate today = TestClock.START.toLocalDate();
        AgreementFollowUp.Standing now = followUp.cooperation(List.of(centre.id()), today).get(centre.id());
        assertThat(now.state()).isEqualTo(se.samverka.rules.R15a.AgreementState.IN_FORCE);
        assertThat(now.endsOn()).as("the amendment's end").isEqualTo(java.time.LocalDate.of(2029, 12, 31));
        assertThat(followUp.cooperation(List.of(centre.id()), today.minusDays(1)).get(centre.id()).state())
                .as("both versions were signed today: the day before, the county's follow-up counts none")
                .isEqualTo(se.samverka.rules.R15a.AgreementState.NONE);
        assertThat(agreements.findById(second).orElseThrow().number()).isEqualTo(2);
        String sha = agreements.findById(first).orElseThrow().documentSha256();
        sign(first, signatories.get(0), sha).andExpect(status().isConflict())
                .andExpect(content().string(containsString("ersatt av en senare version")));
    }

    @Test
    void aDraftMissingMandatoryTextCannotBeSent() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String location = mvc.perform(AgreementRequests.cooperationDraft(post("/centres/{id}/agreements", centre.id()),
                                FOUR, "2026-01-01", "2028-12-31").with(AgreementRequests.replacing("staffGroup", ""))
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("[^0-9]", ""));

        mvc.perform(get("/agreements/{id}", id).with(fixtures.as(coordinator)))
                .andExpect(content().string(containsString("R15b")))
                .andExpect(content().string(containsString("kan inte skickas för underskrift")));
        send(id, fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())),
                List.of(fixtures.account(), fixtures.account(), fixtures.account(), fixtures.account()))
                .andExpect(status().isConflict());
        assertThat(agreements.findById(id).orElseThrow().status()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void anotherCentresCoordinatorCanNeitherSeeNorChangeTheAgreement() throws Exception {
        Fixtures.Centre centre = fourOperations();
        Fixtures.Centre other = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String otherCoordinator = fixtures.account(new Grant(Role.COORDINATOR, other.id()));
        long id = draft(centre, coordinator, "2026-01-01", "2028-12-31");

        mvc.perform(get("/agreements/{id}", id).with(fixtures.as(otherCoordinator))).andExpect(status().isForbidden());
        mvc.perform(AgreementRequests.cooperationDraft(post("/agreements/{id}", id), FOUR, "2026-01-01", "2030-12-31")
                        .with(csrf()).with(fixtures.as(otherCoordinator)))
                .andExpect(status().isForbidden());
        assertThat(agreements.findById(id).orElseThrow().terms().endsOn()).hasToString("2028-12-31");
    }

    private Fixtures.Centre fourOperations() {
        return fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
    }

    private long draft(Fixtures.Centre centre, String coordinator, String startsOn, String endsOn) throws Exception {
        String location = mvc.perform(AgreementRequests.cooperationDraft(post("/centres/{id}/agreements", centre.id()),
                                FOUR, startsOn, endsOn).with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("[^0-9]", ""));
    }

    private ResultActions send(long id, String sender, List<String> signatories) throws Exception {
        int version = agreements.findById(id).orElseThrow().version();
        return mvc.perform(AgreementRequests.send(id, version, signatories).with(csrf()).with(fixtures.as(sender)));
    }

    private ResultActions sign(long id, String signatory, String sha256) throws Exception {
        return mvc.perform(AgreementRequests.sign(id, sha256).with(csrf()).with(fixtures.as(signatory)));
    }

    private void sendAndSignAll(long id, String sender, List<String> signatories) throws Exception {
        send(id, sender, signatories).andExpect(status().is3xxRedirection());
        String sha = agreements.findById(id).orElseThrow().documentSha256();
        for (String signatory : signatories) {
            sign(id, signatory, sha).andExpect(status().is3xxRedirection());
        }
    }
}
