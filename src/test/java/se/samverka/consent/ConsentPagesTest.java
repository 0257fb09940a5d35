package se.samverka.consent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.unbescape.html.HtmlEscape;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * Consents (R13c) and disclosures (R13a, R13b) in the registers, on the test clock's day 2026-12-02: a disclosure is
 * decided on the consents as they stand that day or on a secrecy-breaking rule with its reason, recorded with its
 * basis and shown in both registers; a refused one is told in Swedish and recorded too; a withdrawal stops later
 * disclosures and leaves earlier ones.
 */
@IntegrationTest
class ConsentPagesTest {

    /** A samordningsnummer with a birth number in the test series 980–999, for a child born in 2025. */
    private static final String CHILD = "20250374-9828";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private Fixtures.Centre centre;
    private long bvc;
    private long soc;
    private String bvcStaff;
    private String socStaff;
    private String person;
    private long personId;

    @BeforeEach
    void aChildInTheChildHealthRegister() throws Exception {
        centre = fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        bvc = centre.unitIds().get(1);
        soc = centre.unitIds().get(3);
        bvcStaff = fixtures.account(new Grant(Role.STAFF, bvc));
        socStaff = fixtures.account(new Grant(Role.STAFF, soc));
        String location = send(bvcStaff, "/centres/" + centre.id() + "/register/" + bvc + "/persons", Map.of(
                "kind", "CHILD", "name", "Elsa Samtyckesson", "identityNumber", CHILD, "jointCustody", "true",
                "custodian1", "Anna Samtyckesson", "custodian2", "Erik Samtyckesson"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        person = location;
        personId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aConsentOfBothCustodiansCarriesADisclosureThatTheReceivingOperationSees() throws Exception {
        assertThat(page(person + "/consents/new", bvcStaff)).contains("Vårdnadshavare 1: Anna Samtyckesson",
                "Vårdnadshavare 2: Erik Samtyckesson", "högst 12 månader");
        long consent = consent(Map.of());
        assertThat(page(person, bvcStaff)).contains("Från barnhälsovård till förebyggande socialtjänst",
                "uppgifter om hälsa", "2026-06-01 – 2027-05-31", "Gäller");

        disclose(Map.of()).andExpect(status().is3xxRedirection());

        Map<String, Object> row = jdbc.sql("select * from disclosure where person_id = :p").param("p", personId)
                .query().singleRow();
        assertThat(row).containsEntry("basis", "CONSENT").containsEntry("consent_id", consent)
                .containsEntry("legal_basis_code", "CONSENT").containsEntry("legal_basis_version", 1);
        long received = (Long) row.get("receiving_person_id");
        assertThat(jdbc.sql("select unit_id from person where id = :id").param("id", received).query(Long.class)
                .single()).isEqualTo(soc);
        assertThat(page(person, bvcStaff)).contains("Lämnat till förebyggande socialtjänst", "Tillväxtkurva",
                "Samtycke " + consent + " (OSL 12 kap. 2 §)");
        String socRegister = "/centres/" + centre.id() + "/register/" + soc;
        assertThat(page(socRegister, socStaff)).contains("Elsa Samtyckesson", CHILD);
        assertThat(page(socRegister + "/persons/" + received, socStaff)).contains("Mottaget från barnhälsovård",
                "Tillväxtkurva", "Anna Samtyckesson");
        mvc.perform(get(person).with(fixtures.as(socStaff))).andExpect(status().isForbidden());
        assertThat(audit(personId)).anyMatch(line -> line.startsWith("CREATE " + bvcStaff
                + " uppgifter lämnade till PREVENTIVE_SOCIAL_SERVICES (utlämnande "));
        assertThat(audit(received)).anyMatch(line -> line.startsWith("CREATE " + bvcStaff
                + " uppgifter mottagna från CHILD_HEALTH (utlämnande "));
    }

    @Test
    void aDisclosureWithoutAValidBasisIsRefusedInSwedishAndTheRefusalIsRecorded() throws Exception {
        consent(Map.of("givenBy", "CUSTODIAN_1"));

        String body = disclose(Map.of()).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(body)).contains("Uppgifterna får inte lämnas",
                "saknar vårdnadshavare 2; vid gemensam vårdnad krävs båda vårdnadshavarnas samtycke",
                "Det nekade utlämnandet är loggat.");
        body = disclose(Map.of("informationKind", "CONTACT_DETAILS", "to", "OPEN_PRESCHOOL"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(body)).contains("omfattar inte att barnhälsovård lämnar uppgifter till öppen förskola",
                "omfattar inte kontaktuppgifter");

        assertThat(jdbc.sql("select count(*) from disclosure where person_id = :p").param("p", personId)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from disclosure_refusal where person_id = :p").param("p", personId)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(page(person, bvcStaff)).contains("Nekade utlämnanden", "saknar vårdnadshavare 2");
        assertThat(audit(personId)).anyMatch(line -> line.contains("utlämnande till PREVENTIVE_SOCIAL_SERVICES nekat "
                + "(consent.custodian-2-missing)"));
    }

    @Test
    void aWithdrawalStopsLaterDisclosuresAndLeavesEarlierOnes() throws Exception {
        long consent = consent(Map.of());
        disclose(Map.of("on", "2026-11-20")).andExpect(status().is3xxRedirection());

        assertThat(page(person + "/consents/" + consent + "/withdraw", bvcStaff)).contains("2026-06-01–2027-05-31");
        send(bvcStaff, person + "/consents/" + consent + "/withdraw", Map.of("withdrawnOn", "2026-12-01", "how", "ORAL"))
                .andExpect(status().is3xxRedirection());
        send(bvcStaff, person + "/consents/" + consent + "/withdraw", Map.of("withdrawnOn", "2026-12-02", "how", "ORAL"))
                .andExpect(status().isConflict());

        String body = disclose(Map.of()).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(body)).contains("Samtycke " + consent + " återkallades 2026-12-01");
        assertThat(jdbc.sql("select disclosed_on::text from disclosure where person_id = :p").param("p", personId)
                .query(String.class).list()).containsExactly("2026-11-20");
        assertThat(page(person, bvcStaff)).contains("Återkallat", "återkallat 2026-12-01");
        assertThatThrownBy(() -> jdbc.sql("delete from consent_withdrawal where consent_id = :c").param("c", consent)
                .update()).rootCause().hasMessageContaining("permission denied for table consent_withdrawal");
    }

    @Test
    void aSecrecyBreakingRuleNeedsTheReasonAndKeepsTheCataloguesVersion() throws Exception {
        String body = disclose(Map.of("basis", "OSL_10_28", "reason", " "))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(body)).contains("En sekretessbrytande regel (OSL 10 kap. 28 §) får bara "
                + "användas med skälet i det enskilda fallet");

        disclose(Map.of("basis", "OSL_10_28", "reason", "Orosanmälan: barnet kan fara illa"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select basis || ' ' || legal_basis_code || ' ' || legal_basis_version || ' ' || reason "
                        + "from disclosure where person_id = :p").param("p", personId).query(String.class).single())
                .isEqualTo("SECRECY_BREAKING_RULE OSL_10_28 1 Orosanmälan: barnet kan fara illa");
        assertThat(page(person, bvcStaff)).contains("OSL 10 kap. 28 §", "Skäl: Orosanmälan: barnet kan fara illa");

        body = disclose(Map.of("basis", "OSL_99_9", "reason", "x")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(body)).contains("Välj samtycke eller en sekretessbrytande regel ur katalogen.");
    }

    @Test
    void aConsentIsCheckedAgainstTheCountysLongestValidityAndWhoMayGiveIt() throws Exception {
        String body = send(bvcStaff, person + "/consents", form(Map.of("validTo", "2027-06-01", "givenHow", "ORAL",
                "givenBy", "SELF")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(body)).contains(
                "Ett samtycke gäller högst 12 månader: sista dagen kan vara högst 2027-05-31.",
                "Skriv vem som var vittne till det muntliga samtycket.", "Välj vem som lämnade samtycket.");
        for (String flow : List.of("CHILD_HEALTH>CHILD_HEALTH", "CHILD_HEALTH>NOWHERE", "CHILD_HEALTH")) {
            body = send(bvcStaff, person + "/consents", form(Map.of("flows", flow)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(HtmlEscape.unescapeHtml(body)).as(flow).contains("Välj minst en väg som uppgifterna får gå: "
                    + "från en av familjecentralens verksamheter till en annan.");
        }
        assertThat(jdbc.sql("select count(*) from consent where person_id = :p").param("p", personId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aConsentCoversTheWaysChosenAndAllOperationsCoversEveryWay() throws Exception {
        long chosen = consent(Map.of("flows", "MIDWIFE_CLINIC>CHILD_HEALTH,CHILD_HEALTH>PREVENTIVE_SOCIAL_SERVICES"));
        assertThat(page(person, bvcStaff)).contains("Från barnmorskemottagning till barnhälsovård; "
                + "Från barnhälsovård till förebyggande socialtjänst");
        assertThat(HtmlEscape.unescapeHtml(disclose(Map.of("to", "MIDWIFE_CLINIC")).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString()))
                .contains("Samtycke " + chosen + " omfattar inte att barnhälsovård lämnar uppgifter till barnmorskemottagning");

        long all = consent(Map.of("flows", "", "allOperations", "true"));
        assertThat(jdbc.sql("select cardinality(flows) from consent where id = :id").param("id", all)
                .query(Integer.class).single()).isEqualTo(12);
        disclose(Map.of("to", "MIDWIFE_CLINIC")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theSignedFormIsAttachedOnceAsAReadablePdfAndOpenedOnlyByTheRegistersStaff() throws Exception {
        long written = consent(Map.of());
        long oral = consent(Map.of("givenHow", "ORAL", "witness", "Bea Barnsjuksköterska"));
        String attach = person + "/consents/" + written + "/signed-form";
        byte[] pdf = pdf();

        assertThat(page(person, bvcStaff)).contains("Undertecknat formulär för samtycke " + written + " (PDF, högst 10 MB)")
                .doesNotContain("Undertecknat formulär för samtycke " + oral + " (PDF, högst 10 MB)");
        assertThat(refusal(upload(attach, "skanning.pdf", "inte en pdf".getBytes(), bvcStaff)))
                .contains("Filen för samtycke " + written + " är inte en PDF som går att öppna");
        assertThat(refusal(upload(attach, "trasig.pdf", "%PDF-1.7 trasig".getBytes(), bvcStaff)))
                .contains("är inte en PDF som går att öppna");
        assertThat(refusal(upload(attach, "tom.pdf", new byte[0], bvcStaff))).contains("Välj den skannade PDF-filen");
        assertThat(refusal(upload(person + "/consents/" + oral + "/signed-form", "a.pdf", pdf, bvcStaff)))
                .contains("lämnades muntligt");
        mvc.perform(upload(attach, "a.pdf", pdf, socStaff)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from consent_signed_form where consent_id in (:ids)")
                .param("ids", List.of(written, oral)).query(Long.class).single()).isZero();

        mvc.perform(upload(attach, "C:\\Skannat\\samtycke elsa.pdf", pdf, bvcStaff))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "consent.signed-form.attached"));
        assertThat(refusal(upload(attach, "igen.pdf", pdf(), bvcStaff))).contains("har redan ett undertecknat formulär");
        assertThat(jdbc.sql("select filename from consent_signed_form where consent_id = :c").param("c", written)
                .query(String.class).single()).isEqualTo("samtycke elsa.pdf");
        assertThat(page(person, bvcStaff)).contains("Undertecknat formulär för samtycke " + written + " (PDF)");
        byte[] downloaded = mvc.perform(get(attach + ".pdf").with(fixtures.as(bvcStaff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        mvc.perform(get(attach + ".pdf").with(fixtures.as(socStaff))).andExpect(status().isForbidden());
        mvc.perform(get(person + "/consents/" + oral + "/signed-form.pdf").with(fixtures.as(bvcStaff)))
                .andExpect(status().isNotFound());
        assertThat(audit(personId)).contains(
                "UPDATE " + bvcStaff + " samtycke " + written + ", undertecknat formulär bifogat (SHA-256 "
                        + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)) + ")",
                "READ " + bvcStaff + " samtycke " + written + ", undertecknat formulär öppnat");
    }

    private MockMultipartHttpServletRequestBuilder upload(String path, String filename, byte[] content, String user) {
        return multipart(path).file(new MockMultipartFile("file", filename, "application/pdf", content))
                .with(csrf()).with(fixtures.as(user));
    }

    private String refusal(RequestBuilder request) throws Exception {
        Object refusal = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getFlashMap()
                .get("refusal");
        assertThat(refusal).as("the refusal told on the person's page").isNotNull();
        return refusal.toString();
    }

    private static byte[] pdf() throws java.io.IOException {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
             var out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private long consent(Map<String, String> changes) throws Exception {
        send(bvcStaff, person + "/consents", form(changes)).andExpect(status().is3xxRedirection());
        return jdbc.sql("select max(id) from consent where person_id = :p").param("p", personId)
                .query(Long.class).single();
    }

    /** BVC to SOC, health and social circumstances, both custodians, in writing, 2026-06-01 to 2027-05-31. */
    private static Map<String, String> form(Map<String, String> changes) {
        var fields = new HashMap<>(Map.of("flows", "CHILD_HEALTH>PREVENTIVE_SOCIAL_SERVICES",
                "informationKinds", "HEALTH,SOCIAL_CIRCUMSTANCES", "givenBy", "CUSTODIAN_1,CUSTODIAN_2",
                "purpose", "COORDINATED_PARENTING_SUPPORT", "givenHow", "WRITTEN", "validFrom", "2026-06-01",
                "validTo", "2027-05-31"));
        fields.putAll(changes);
        return fields;
    }

    private ResultActions disclose(Map<String, String> changes) throws Exception {
        var fields = new HashMap<>(Map.of("to", "PREVENTIVE_SOCIAL_SERVICES", "informationKind", "HEALTH",
                "what", "Tillväxtkurva och vaccinationer", "on", "2026-12-02", "basis", "CONSENT"));
        fields.putAll(changes);
        return send(bvcStaff, person + "/disclosures", fields);
    }

    /** A value with commas is sent as several values of the field, as checkboxes are. */
    private ResultActions send(String user, String path, Map<String, String> fields) throws Exception {
        var request = post(path).with(csrf()).with(fixtures.as(user));
        fields.forEach((name, value) -> request.param(name, value.split(",")));
        return mvc.perform(request);
    }

    private List<String> audit(long id) {
        return jdbc.sql("select action || ' ' || actor || ' ' || detail from audit_event where person_type = 'person' "
                        + "and person_id = :id order by id")
                .param("id", String.valueOf(id)).query(String.class).list()
                .stream().map(line -> line.replaceFirst(" personregister [^:]*: ", " ")).toList();
    }

    private String page(String path, String user) throws Exception {
        return HtmlEscape.unescapeHtml(mvc.perform(get(path).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}
