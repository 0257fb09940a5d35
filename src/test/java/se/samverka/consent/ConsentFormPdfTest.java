package se.samverka.consent;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.samverka.agreement.document.VeraPdf;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;

/**
 * The consent form staff print for the custodians (R13c): PDF/A-2a and PDF/UA-1 by veraPDF, filled in with the
 * child and its custodians, in Swedish or English; for a person with protected identity, lines to fill in by hand.
 */
@IntegrationTest
class ConsentFormPdfTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormIsArchivalAndFilledInWithTheChildAndItsCustodiansInSwedishAndEnglish() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        long bvc = centre.unitIds().getFirst();
        String staff = fixtures.account(new Grant(Role.STAFF, bvc));
        String person = register(centre, bvc, staff, "Elsa Blankettsson", "20250374-9828", false);

        byte[] swedish = mvc.perform(get(person + "/consent-form.pdf").with(fixtures.as(staff)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"samtycke.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        for (PDFAFlavour flavour : new PDFAFlavour[]{PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1}) {
            VeraPdf.Report report = VeraPdf.validate(swedish, flavour);
            assertThat(report.failedRules()).as(flavour.toString()).isEmpty();
            assertThat(report.compliant()).isTrue();
        }
        assertThat(text(swedish)).contains("Samtycke till att uppgifter lämnas mellan verksamheter i familjecentralen",
                "Elsa Blankettsson", "20250374-9828", "Vårdnadshavare 1 Anna Blankettsson",
                "Vårdnadshavare 2 Erik Blankettsson", "Barnhälsovård", "Öppen förskola", "Uppgifter om hälsa",
                "högst 12 månader", "Barnets inställning", "Sida 1 av");

        byte[] english = mvc.perform(get(person + "/consent-form.pdf").param("lang", "en").with(fixtures.as(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        for (PDFAFlavour flavour : new PDFAFlavour[]{PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1}) {
            VeraPdf.Report report = VeraPdf.validate(english, flavour);
            assertThat(report.failedRules()).as(flavour.toString()).isEmpty();
            assertThat(report.compliant()).isTrue();
        }
        assertThat(text(english)).contains("Consent to information passing between the operations",
                "Elsa Blankettsson", "Custodian 2 Erik Blankettsson", "Child health care", "Page 1 of");
        long id = Long.parseLong(person.substring(person.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select count(*) from audit_event where person_type = 'person' and person_id = :id "
                        + "and detail like '%samtyckesblankett utskriven'").param("id", String.valueOf(id))
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theFormOfAProtectedPersonHasLinesInsteadOfTheNameAndNumber() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        long bvc = centre.unitIds().getFirst();
        String staff = fixtures.account(new Grant(Role.STAFF, bvc));
        String person = register(centre, bvc, staff, "Liv Blankettskyddad", "20230681-9844", true);

        byte[] pdf = mvc.perform(get(person + "/consent-form.pdf").with(fixtures.as(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A).compliant()).isTrue();
        assertThat(text(pdf)).contains("Namn", "Vårdnadshavare 2").doesNotContain("Liv Blankettskyddad")
                .doesNotContain("20230681").doesNotContain("Blankettsson");
        mvc.perform(get(person + "/consent-form.pdf")
                        .with(fixtures.as(fixtures.account(new Grant(Role.COORDINATOR, centre.id())))))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePersonsLogExtractTellsWhoReadOrChangedTheRecordAndWhen() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        long bvc = centre.unitIds().getFirst();
        String staff = fixtures.account(new Grant(Role.STAFF, bvc));
        String person = register(centre, bvc, staff, "Elsa Loggsson", "20250374-9828", false);
        mvc.perform(get(person).with(fixtures.as(staff))).andExpect(status().isOk());

        byte[] pdf = mvc.perform(get(person + "/log.pdf").with(fixtures.as(staff)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"loggutdrag.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        for (PDFAFlavour flavour : new PDFAFlavour[]{PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1}) {
            VeraPdf.Report report = VeraPdf.validate(pdf, flavour);
            assertThat(report.failedRules()).as(flavour.toString()).isEmpty();
            assertThat(report.compliant()).isTrue();
        }
        assertThat(text(pdf)).contains("Loggutdrag: vem har läst eller ändrat uppgifterna", "Elsa Loggsson",
                "20250374-9828", "Registrerade: registrerad", "Läste: uppgifter", "Läste: loggutdrag utskrivet",
                "(" + staff + ")").doesNotContain("personregister familjecentral");
        mvc.perform(get(person + "/log.pdf")
                        .with(fixtures.as(fixtures.account(new Grant(Role.STAFF, centre.unitIds().get(1))))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRegisterExtractHoldsEverythingTheRegisterHasAndAProtectedPersonsTakesAReason() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        long bvc = centre.unitIds().getFirst();
        String staff = fixtures.account(new Grant(Role.STAFF, bvc));
        String person = register(centre, bvc, staff, "Elsa Utdragsson", "20250374-9828", false);
        mvc.perform(post(person + "/consents").param("flows", "CHILD_HEALTH>OPEN_PRESCHOOL")
                        .param("informationKinds", "HEALTH").param("givenBy", "CUSTODIAN_1", "CUSTODIAN_2")
                        .param("purpose", "SIP").param("givenHow", "WRITTEN").param("validFrom", "2026-06-01")
                        .param("validTo", "2027-05-31").with(csrf()).with(fixtures.as(staff)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(person + "/disclosures").param("to", "OPEN_PRESCHOOL").param("informationKind", "HEALTH")
                        .param("what", "Allergier").param("on", "2026-12-01").param("basis", "CONSENT")
                        .with(csrf()).with(fixtures.as(staff)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(person + "/disclosures").param("to", "OPEN_PRESCHOOL")
                        .param("informationKind", "CONTACT_DETAILS").param("what", "Telefonnummer")
                        .param("on", "2026-12-01").param("basis", "CONSENT")
                        .with(csrf()).with(fixtures.as(staff)))
                .andExpect(status().isConflict());

        byte[] pdf = mvc.perform(post(person + "/extract.pdf").with(csrf()).with(fixtures.as(staff)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"registerutdrag.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        for (PDFAFlavour flavour : new PDFAFlavour[]{PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1}) {
            VeraPdf.Report report = VeraPdf.validate(pdf, flavour);
            assertThat(report.failedRules()).as(flavour.toString()).isEmpty();
            assertThat(report.compliant()).isTrue();
        }
        assertThat(text(pdf)).contains("Registerutdrag: personuppgifter i verksamhetens register", "Elsa Utdragsson",
                "20250374-9828", "Anna Blankettsson", "gäller 2026-06-01–2027-05-31",
                "uppgifter från barnhälsovård till öppen förskola", "Lämnat till öppen förskola",
                "uppgifter om hälsa: Allergier", "OSL 12 kap. 2 §", "Nekade utlämnanden",
                "2026-12-01: kontaktuppgifter till öppen förskola nekades.", "omfattar inte kontaktuppgifter",
                "gallras när ingenting nytt har hänt i posten på 3 år", "Integritetsskyddsmyndigheten");

        String protectedPerson = register(centre, bvc, staff, "Liv Utdragsskyddad", "20230681-9844", true);
        mvc.perform(post(protectedPerson + "/extract.pdf").with(csrf()).with(fixtures.as(staff)))
                .andExpect(status().isBadRequest());
        byte[] opened = mvc.perform(post(protectedPerson + "/extract.pdf").param("reason", "Begäran från vårdnadshavare")
                        .with(csrf()).with(fixtures.as(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(opened)).contains("Liv Utdragsskyddad");
        long id = Long.parseLong(protectedPerson.substring(protectedPerson.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select detail from audit_event where person_type = 'person' and person_id = :id "
                        + "order by id desc limit 1").param("id", String.valueOf(id)).query(String.class).single())
                .endsWith("SKYDDAD IDENTITET, skäl: Begäran från vårdnadshavare (registerutdrag)");
    }

    private String register(Fixtures.Centre centre, long unit, String staff, String name, String number,
                            boolean protectedIdentity) throws Exception {
        var request = post("/centres/{c}/register/{u}/persons", centre.id(), unit).param("kind", "CHILD")
                .param("name", name).param("identityNumber", number).param("jointCustody", "true")
                .param("custodian1", "Anna Blankettsson").param("custodian2", "Erik Blankettsson")
                .with(csrf()).with(fixtures.as(staff));
        if (protectedIdentity) {
            request.param("protectedIdentity", "true");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from person where name = :name and unit_id = :unit").param("name", name)
                .param("unit", unit).query(Long.class).single();
        return "/centres/" + centre.id() + "/register/" + unit + "/persons/" + id;
    }

    /** The document's text, whitespace as single spaces; it names no rule ids, which are for Samverka's pages. */
    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).as("no rule ids in a document for the person")
                    .doesNotContainPattern("\\bR(B|D)?\\d{1,2}(\\.\\d+)?[a-z]?\\b");
            return text;
        }
    }
}
