package se.samverka.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.unbescape.html.HtmlEscape;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.samverka.agreement.document.VeraPdf;
import se.samverka.centre.CentreRegistry;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;
import se.samverka.support.SignedAgreements;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The annual activity report of §11.2 (R11.2b): compiled from the registry, the plan and the meetings held, edited,
 * its facts fetched again only when confirmed, adopted once and then only corrected beside, downloaded as PDF/A, on
 * the centre's checklist.
 */
@IntegrationTest
class ReportPagesTest {

    private static final List<String> HEADINGS = List.of("Om familjecentralen", "Ledning och samverkan",
            "Mål och måluppfyllelse", "Aktiviteter", "Samlad bedömning", "Inför nästa år");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ActivityReports reports;
    @Autowired
    ReportCorrections corrections;
    @Autowired
    CentreRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    private final int year = TestClock.START.getYear();
    private final int lastYear = year - 1;

    @Test
    void lastYearsReportIsWrittenFromThePlanTheMeetingsHeldAndTheAgreement() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String decider = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()),
                new Grant(Role.PRINCIPAL_ADMIN, fixtures.municipality("1480").id()));
        registry.formSteeringGroup(centre.id(), 0, "Styrgruppen för Rapportgatan");
        send("/centres/" + centre.id() + "/coordinator", decider, "name", "Harald Samordnarsson",
                "employerId", String.valueOf(fixtures.municipality("1480").id()), "serviceGrade", "50", "appointedOn", lastYear + "-01-10",
                "version", String.valueOf(registry.view(centre.id()).orElseThrow().version()))
                .andExpect(status().is3xxRedirection());
        SignedAgreements.sign(mvc, jdbc, fixtures, centre.id(), decider,
                List.of(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES),
                LocalDate.of(lastYear, 1, 1), LocalDate.of(lastYear + 2, 12, 31));

        String plan = "/centres/" + centre.id() + "/plans/" + lastYear;
        send("/centres/" + centre.id() + "/plans", coordinator, "year", String.valueOf(lastYear))
                .andExpect(status().is3xxRedirection());
        send(plan + "/goals", coordinator, "text", "Fler pappor deltar i föräldragrupperna.", "indicator",
                "Andel pappor bland deltagarna", "target", "Minst 40 procent", "version", planVersion(centre),
                "operations", "CHILD_HEALTH", "operations", "OPEN_PRESCHOOL").andExpect(status().is3xxRedirection());
        send(plan + "/activities", coordinator, "kind", "PARENT_EDUCATION", "title", "Föräldrautbildning: förlossningen",
                "plannedOn", "", "plannedMonth", "3", "version", planVersion(centre), "operations", "MIDWIFE_CLINIC")
                .andExpect(status().is3xxRedirection());
        send(plan + "/activities", coordinator, "kind", "PARENT_GROUP", "title", "Pappagrupp",
                "plannedOn", lastYear + "-10-14", "plannedMonth", "", "version", planVersion(centre),
                "operations", "OPEN_PRESCHOOL").andExpect(status().is3xxRedirection());
        send(plan + "/follow-ups", coordinator, "goal", "0", "enteredOn", lastYear + "-06-01", "value", "20 procent",
                "comment", "", "corrects", "").andExpect(status().is3xxRedirection());
        send(plan + "/follow-ups", coordinator, "goal", "0", "enteredOn", lastYear + "-10-15", "value", "32 procent",
                "comment", "", "corrects", "").andExpect(status().is3xxRedirection());
        send(plan + "/assessments", coordinator, "goal", "0", "assessment", "PARTLY_MET", "comment", "32 av 40.",
                "version", planVersion(centre)).andExpect(status().is3xxRedirection());
        send(plan + "/evaluation", coordinator, "overall", "Ett år då samverkan tog fart.", "version",
                planVersion(centre)).andExpect(status().is3xxRedirection());

        long steering = meeting(centre, coordinator, "STEERING_GROUP", LocalDate.of(lastYear, 2, 11), "10:00", "12:00");
        long cooperation = meeting(centre, coordinator, "COOPERATION", LocalDate.of(lastYear, 3, 4), "13:00", "15:30");
        send("/meetings/" + cooperation + "/attendees", coordinator, "operation", "MIDWIFE_CLINIC", "name",
                "Bea Barnmorska", "present", "true", "version", meetingVersion(cooperation))
                .andExpect(status().is3xxRedirection());
        send("/meetings/" + cooperation + "/items", coordinator, "text", "Föräldragrupper.", "decision",
                "Två grupper startar.", "version", meetingVersion(cooperation)).andExpect(status().is3xxRedirection());
        send("/meetings/" + cooperation + "/approve", coordinator, "adjuster", "Bea Barnmorska", "version",
                meetingVersion(cooperation)).andExpect(status().is3xxRedirection());
        assertThat(steering).isNotEqualTo(cooperation);

        assertThat(page("/centres/" + centre.id(), coordinator)).contains("R11.2b",
                "Det finns ingen verksamhetsberättelse för förra året.");
        compile(centre, coordinator, String.valueOf(lastYear)).andExpect(status().is3xxRedirection());

        ActivityReport report = report(centre, lastYear);
        assertThat(report.adopted()).isFalse();
        assertThat(report.text(ReportSection.ABOUT)).contains(
                centre.name() + " är en familjecentral enligt samverkansavtalet (avsnitt 8.2).",
                "– Barnmorskemottagning: ", "samlokaliserad",
                "Samordnare är Harald Samordnarsson med en tjänstgöringsgrad på 50 procent, anställd av Göteborgs kommun.");
        assertThat(report.text(ReportSection.GOVERNANCE)).contains(
                "Familjecentralen leds av Styrgruppen för Rapportgatan.",
                "Styrgruppen möttes med samordnaren en gång under " + lastYear + ". Enligt det lokala "
                        + "samverkansavtalet ska styrgruppen mötas 4 gånger per år, och den har mötts färre gånger än så.",
                "Samverkansmötena pågick sammanlagt 2,5 timmar under " + lastYear
                        + ", mot 48 timmar enligt det lokala samverkansavtalet.",
                "– januari: 0 av 4 timmar", "– mars: 2,5 av 4 timmar", "– december: 0 av 4 timmar",
                "En barnmorska deltog 2,5 timmar under vårterminen och 0 timmar under hösterminen, mot cirka 6 timmar "
                        + "per termin.",
                "– 11 februari " + lastYear + ": styrgruppsmöte, 2 timmar, inga beslut, protokollet inte justerat",
                "– 4 mars " + lastYear + ": samverkansmöte, 2,5 timmar, barnmorska närvarande, 1 beslut, "
                        + "protokollet justerat").doesNotContain("Bea", "Jens");
        assertThat(report.text(ReportSection.GOALS)).contains(
                "Verksamhetsplanen för " + lastYear + " har ett mål. Planen och utvärderingen är inte fastställda.",
                "Mål 1: Fler pappor deltar i föräldragrupperna.", "Indikator: Andel pappor bland deltagarna",
                "Målvärde: Minst 40 procent", "Ansvariga: barnhälsovård och öppen förskola",
                "Senaste uppföljning: 32 procent (15 oktober " + lastYear + ")",
                "Bedömning: Delvis uppnått – 32 av 40.").doesNotContain("20 procent");
        assertThat(report.text(ReportSection.ACTIVITIES)).contains(
                "Verksamhetsplanen för " + lastYear + " har 2 planerade aktiviteter.",
                "Föräldragrupp (1):", "– 14 oktober " + lastYear + ": Pappagrupp (öppen förskola)",
                "Föräldrautbildning från barnmorskemottagningen på familjecentralen (1):",
                "– mars " + lastYear + ": Föräldrautbildning: förlossningen (barnmorskemottagning)",
                "Barnmorskemottagningens föräldrautbildning var planerad på familjecentralen vid ett tillfälle");
        assertThat(report.text(ReportSection.EVALUATION)).isEqualTo("Ett år då samverkan tog fart.");
        assertThat(report.text(ReportSection.NEXT_YEAR)).isEmpty();
        assertThat(report.edited()).isEmpty();

        String page = page("/centres/" + centre.id() + "/reports/" + lastYear, coordinator);
        assertThat(page).contains("Verksamhetsberättelse " + lastYear, "Utkast", "Hämtat ur Samverka, inte ändrat.",
                "Mål 1: Fler pappor deltar i föräldragrupperna.").containsSubsequence(HEADINGS);
        assertThat(audited(report, "READ")).isPositive();
        assertThat(audited(report, "CREATE")).isEqualTo(1);
        assertThat(page("/centres/" + centre.id(), coordinator)).contains(
                "Förra årets verksamhetsberättelse är ett utkast och inte fastställd ännu.",
                "Verksamhetsberättelsen för " + lastYear + " är ett utkast och inte fastställd.");
        assertThat(page("/centres/" + centre.id() + "/reports", coordinator)).contains(
                "Verksamhetsberättelse " + lastYear, "Utkast");
    }

    @Test
    void editsAreSavedAndTheFactsAreFetchedAgainOnlyWhenConfirmed() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        compile(centre, coordinator, String.valueOf(year)).andExpect(status().is3xxRedirection());
        ActivityReport compiled = report(centre, year);
        String goals = compiled.text(ReportSection.GOALS);
        assertThat(goals).isEqualTo("Det finns ingen verksamhetsplan för " + year + " i Samverka.");

        save(centre, coordinator, year, v(centre, year), "about",
                compiled.text(ReportSection.ABOUT).replace("\n", "\r\n") + "\r\n",
                "goals", "Planen skrevs aldrig in i Samverka.\r\nVi arbetade ändå mot två mål.",
                "nextYear", "Fler pappagrupper.").andExpect(status().is3xxRedirection());
        ActivityReport edited = report(centre, year);
        assertThat(edited.text(ReportSection.GOALS)).isEqualTo("Planen skrevs aldrig in i Samverka.\nVi arbetade ändå mot två mål.");
        assertThat(edited.text(ReportSection.ABOUT)).isEqualTo(compiled.text(ReportSection.ABOUT));
        assertThat(edited.text(ReportSection.NEXT_YEAR)).isEqualTo("Fler pappagrupper.");
        assertThat(edited.edited()).containsExactly(ReportSection.GOALS);
        assertThat(page("/centres/" + centre.id() + "/reports/" + year, coordinator))
                .contains("Ändrat sedan uppgifterna hämtades.", "Du har ändrat i: Mål och måluppfyllelse.");

        String html = body(refresh(centre, coordinator, year, null, v(centre, year)).andExpect(status().isOk()));
        assertThat(html).contains("Kryssa i att du förstår att texten ersätts", "id=\"refresh-confirm-error\"",
                "aria-invalid=\"true\"");
        refresh(centre, coordinator, year, "true", String.valueOf(edited.version() - 1))
                .andExpect(status().isConflict());
        assertThat(report(centre, year).text(ReportSection.GOALS)).isEqualTo(edited.text(ReportSection.GOALS));
        assertThat(report(centre, year).version()).isEqualTo(edited.version());

        refresh(centre, coordinator, year, "true", v(centre, year)).andExpect(status().is3xxRedirection());
        ActivityReport refreshed = report(centre, year);
        assertThat(refreshed.text(ReportSection.GOALS)).isEqualTo(goals);
        assertThat(refreshed.text(ReportSection.NEXT_YEAR)).isEqualTo("Fler pappagrupper.");
        assertThat(refreshed.edited()).isEmpty();
        assertThat(audited(refreshed, "UPDATE")).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedAtTheFieldsAndSavesNothing() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));

        String html = body(compile(centre, coordinator, String.valueOf(year - 3)).andExpect(status().isOk()));
        assertThat(HtmlEscape.unescapeHtml(html)).contains("Välj ett av åren " + year + ", " + lastYear + ".",
                "id=\"compile-year-error\"", "aria-invalid=\"true\"");
        compile(centre, coordinator, "förra året").andExpect(status().isOk());
        compile(centre, coordinator, String.valueOf(year + 1)).andExpect(status().isOk());
        assertThat(reports.findByCentreIdOrderByYearDesc(centre.id())).isEmpty();

        send("/centres/" + centre.id() + "/plans", coordinator, "year", String.valueOf(year - 3))
                .andExpect(status().is3xxRedirection());
        compile(centre, coordinator, String.valueOf(year - 3)).andExpect(status().is3xxRedirection());
        compile(centre, coordinator, String.valueOf(year)).andExpect(status().is3xxRedirection());
        assertThat(text(compile(centre, coordinator, String.valueOf(year)).andExpect(status().isConflict())))
                .contains("Det finns redan en verksamhetsberättelse för " + year + ".");
        assertThat(reports.findByCentreIdOrderByYearDesc(centre.id())).extracting(ActivityReport::year)
                .containsExactly(year, year - 3);

        ActivityReport before = report(centre, year);
        html = HtmlEscape.unescapeHtml(body(save(centre, coordinator, year, v(centre, year), "goals",
                "x".repeat(ReportForms.MAX_SECTION + 1), "nextYear", "Sparas inte.").andExpect(status().isOk())));
        assertThat(html).contains("Högst 20000 tecken; texten har 20001.", "id=\"edit-goals-error\"",
                "aria-invalid=\"true\"", "href=\"#edit-goals\"", "Sparas inte.");
        String stale = String.valueOf(before.version() - 1);
        assertThat(text(save(centre, coordinator, year, stale, "nextYear", "Mitt utkast.")
                .andExpect(status().isConflict()))).contains("Någon annan har ändrat uppgifterna medan du skrev: "
                + "verksamhetsberättelse för " + year + " sammanställd", "Mitt utkast.");
        save(centre, coordinator, year, "inte ett tal", "nextYear", "Mitt utkast.").andExpect(status().isConflict());
        ActivityReport after = report(centre, year);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.sections()).isEqualTo(before.sections());

        save(centre, coordinator, year + 1, "0", "nextYear", "Ingen berättelse.").andExpect(status().isNotFound());
        mvc.perform(get("/centres/{id}/reports/1999", centre.id()).with(fixtures.as(coordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/centres/{id}/reports/förra", centre.id()).with(fixtures.as(coordinator)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/centres/{id}/reports/{y}/verksamhetsberattelse.pdf", centre.id(), year + 1)
                .with(fixtures.as(coordinator))).andExpect(status().isNotFound());
    }

    @Test
    void anAdoptedReportRefusesEveryChangeAndIsCorrectedBeside() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        compile(centre, coordinator, String.valueOf(lastYear)).andExpect(status().is3xxRedirection());
        send(path(centre, lastYear) + "/corrections", coordinator, "section", "GOALS", "text", "För tidigt.")
                .andExpect(status().isConflict());

        assertThat(text(adopt(centre, steering, lastYear, v(centre, lastYear)).andExpect(status().isConflict())))
                .contains("kan fastställas först när varje avsnitt har text", "Inför nästa år");
        assertThat(report(centre, lastYear).adopted()).isFalse();
        save(centre, coordinator, lastYear, v(centre, lastYear), "nextYear", "Fler pappagrupper.")
                .andExpect(status().is3xxRedirection());
        adopt(centre, steering, lastYear, v(centre, lastYear)).andExpect(status().is3xxRedirection());

        ActivityReport adopted = report(centre, lastYear);
        assertThat(adopted.adopted()).isTrue();
        assertThat(adopted.adoptedBy()).isEqualTo(steering);
        assertThat(adopted.adoptedByName()).startsWith("Testperson");
        String version = String.valueOf(adopted.version());

        assertThat(text(save(centre, coordinator, lastYear, version, "nextYear", "Ändrat.")
                .andExpect(status().isConflict())))
                .contains("Verksamhetsberättelsen för " + lastYear + " är fastställd och kan inte ändras.");
        save(centre, coordinator, lastYear, version, "goals", "x".repeat(ReportForms.MAX_SECTION + 1))
                .andExpect(status().isConflict());
        refresh(centre, coordinator, lastYear, "true", version).andExpect(status().isConflict());
        refresh(centre, coordinator, lastYear, null, version).andExpect(status().isConflict());
        adopt(centre, steering, lastYear, version).andExpect(status().isConflict());
        adopt(centre, coordinator, lastYear, version).andExpect(status().isForbidden());
        ActivityReport after = report(centre, lastYear);
        assertThat(after.version()).isEqualTo(adopted.version());
        assertThat(after.sections()).isEqualTo(adopted.sections());
        assertThat(after.adoptedAt()).isEqualTo(adopted.adoptedAt());
        assertThatThrownBy(() -> jdbc.sql("update activity_report set version = version + 1 where id = :id")
                .param("id", adopted.id()).update()).hasMessageContaining("adopted and final");

        String html = body(send(path(centre, lastYear) + "/corrections", coordinator, "section", "", "text", "")
                .andExpect(status().isOk()));
        assertThat(HtmlEscape.unescapeHtml(html)).contains("Välj vilket avsnitt rättelsen gäller.", "Skriv rättelsen.",
                "id=\"correction-section-error\"", "id=\"correction-text-error\"");
        send(path(centre, lastYear) + "/corrections", coordinator, "section", "GOALS", "text",
                "Målet gällde mammor och pappor.").andExpect(status().is3xxRedirection());
        assertThat(corrections.findByReportIdOrderByIdAsc(adopted.id())).singleElement()
                .satisfies(c -> assertThat(c.section()).isEqualTo(ReportSection.GOALS));
        long correction = corrections.findByReportIdOrderByIdAsc(adopted.id()).getFirst().id();
        assertThatThrownBy(() -> jdbc.sql("update activity_report_correction set text = 'x' where id = :id")
                .param("id", correction).update()).rootCause().hasMessageContaining("permission denied");
        assertThat(report(centre, lastYear).version()).isEqualTo(adopted.version());

        String page = page(path(centre, lastYear), coordinator);
        assertThat(page).contains("Fastställd", "Fler pappagrupper.", "Rättelse", "Målet gällde mammor och pappor.")
                .doesNotContain("Spara texten", "Hämta uppgifterna på nytt").containsSubsequence(HEADINGS);
        assertThat(page("/centres/" + centre.id(), coordinator)).contains(
                "Förra årets verksamhetsberättelse är sammanställd och fastställd.",
                "Verksamhetsberättelsen för " + lastYear + " är fastställd.");
    }

    @Test
    void thePdfIsArchivalAndAccessibleWithTheSectionsInOrder() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        String staff = fixtures.account(new Grant(Role.STAFF, centre.unitIds().get(1)));
        compile(centre, coordinator, String.valueOf(lastYear)).andExpect(status().is3xxRedirection());
        save(centre, coordinator, lastYear, v(centre, lastYear), "nextYear",
                "Vi vill:\n– starta en pappagrupp\n– bjuda in biblioteket oftare").andExpect(status().is3xxRedirection());
        adopt(centre, steering, lastYear, v(centre, lastYear)).andExpect(status().is3xxRedirection());
        send(path(centre, lastYear) + "/corrections", coordinator, "section", "ABOUT", "text",
                "Adressen är Rapportgatan 2.").andExpect(status().is3xxRedirection());
        ActivityReport report = report(centre, lastYear);
        long reads = audited(report, "READ");

        byte[] pdf = mvc.perform(get(path(centre, lastYear) + "/verksamhetsberattelse.pdf").with(fixtures.as(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(audited(report, "READ")).isEqualTo(reads + 1);
        VeraPdf.Report pdfa = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);
        assertThat(pdfa.failedRules()).isEmpty();
        assertThat(pdfa.compliant()).isTrue();
        VeraPdf.Report pdfua = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
        assertThat(pdfua.failedRules()).isEmpty();
        assertThat(pdfua.compliant()).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).containsSubsequence(HEADINGS);
            assertThat(text).contains("Verksamhetsberättelse " + lastYear, centre.name(),
                    "Fastställd den " + ReportWriter.day(report.adoptedOn()) + " av " + report.adoptedByName(),
                    "starta en pappagrupp", "Rättelse " + ReportWriter.day(clock.today())
                            + ": Adressen är Rapportgatan 2.");
            assertThat(text).as("no rule ids in a document for the parties")
                    .doesNotContainPattern("\\bR(B|D)?\\d{1,2}(\\.\\d+)?[a-z]?\\b");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Verksamhetsberättelse " + lastYear);
        }
    }

    @Test
    void anotherCentresCoordinatorIsRefusedAndStaffOnlyRead() throws Exception {
        Fixtures.Centre centre = fourOperations();
        Fixtures.Centre other = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String theirs = fixtures.account(new Grant(Role.COORDINATOR, other.id()));
        String staff = fixtures.account(new Grant(Role.STAFF, centre.unitIds().get(1)));
        compile(centre, coordinator, String.valueOf(lastYear)).andExpect(status().is3xxRedirection());
        ActivityReport before = report(centre, lastYear);
        String version = String.valueOf(before.version());

        mvc.perform(get("/centres/{id}/reports", centre.id()).with(fixtures.as(theirs))).andExpect(status().isForbidden());
        mvc.perform(get(path(centre, lastYear)).with(fixtures.as(theirs))).andExpect(status().isForbidden());
        mvc.perform(get(path(centre, lastYear) + "/verksamhetsberattelse.pdf").with(fixtures.as(theirs)))
                .andExpect(status().isForbidden());
        compile(centre, theirs, String.valueOf(year)).andExpect(status().isForbidden());
        save(centre, theirs, lastYear, version, "nextYear", "Inte deras.").andExpect(status().isForbidden());
        refresh(centre, theirs, lastYear, "true", version).andExpect(status().isForbidden());
        adopt(centre, theirs, lastYear, version).andExpect(status().isForbidden());
        save(centre, staff, lastYear, version, "nextYear", "Inte personalens.").andExpect(status().isForbidden());
        adopt(centre, staff, lastYear, version).andExpect(status().isForbidden());

        assertThat(page(path(centre, lastYear), staff)).contains("Om familjecentralen", "Ladda ned")
                .doesNotContain("Spara texten", "Fastställ verksamhetsberättelsen för");
        mvc.perform(get(path(centre, lastYear) + "/verksamhetsberattelse.pdf").with(fixtures.as(staff)))
                .andExpect(status().isOk());
        ActivityReport after = report(centre, lastYear);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.sections()).isEqualTo(before.sections());
        assertThat(reports.findByCentreIdOrderByYearDesc(centre.id())).hasSize(1);
    }

    private ActivityReport report(Fixtures.Centre centre, int year) {
        return reports.findByCentreIdAndYear(centre.id(), year).orElseThrow();
    }

    private String v(Fixtures.Centre centre, int year) {
        return String.valueOf(report(centre, year).version());
    }

    private String planVersion(Fixtures.Centre centre) {
        return String.valueOf(jdbc.sql("select version from plan where centre_id = :c and year = :y")
                .param("c", centre.id()).param("y", lastYear).query(Integer.class).single());
    }

    private String meetingVersion(long meeting) {
        return String.valueOf(jdbc.sql("select version from meeting where id = :id").param("id", meeting)
                .query(Integer.class).single());
    }

    private long audited(ActivityReport report, String action) {
        return jdbc.sql("select count(*) from audit_event where object_type = 'activity_report' and action = :a "
                        + "and object_id = :id").param("a", action).param("id", String.valueOf(report.id()))
                .query(Long.class).single();
    }

    private long meeting(Fixtures.Centre centre, String user, String kind, LocalDate day, String from, String to)
            throws Exception {
        String location = send("/centres/" + centre.id() + "/meetings", user, "kind", kind,
                "startsAt", day + "T" + from, "endsAt", day + "T" + to, "place", "Konferensrummet")
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/meetings/".length()));
    }

    private static String path(Fixtures.Centre centre, int year) {
        return "/centres/" + centre.id() + "/reports/" + year;
    }

    private ResultActions compile(Fixtures.Centre centre, String user, String year) throws Exception {
        return send("/centres/" + centre.id() + "/reports", user, "year", year);
    }

    private ResultActions save(Fixtures.Centre centre, String user, int year, String version, String... texts)
            throws Exception {
        String[] pairs = new String[texts.length + 2];
        pairs[0] = "version";
        pairs[1] = version;
        System.arraycopy(texts, 0, pairs, 2, texts.length);
        return send(path(centre, year), user, pairs);
    }

    private ResultActions refresh(Fixtures.Centre centre, String user, int year, String confirm, String version)
            throws Exception {
        return confirm == null ? send(path(centre, year) + "/refresh", user, "version", version)
                : send(path(centre, year) + "/refresh", user, "confirm", confirm, "version", version);
    }

    private ResultActions adopt(Fixtures.Centre centre, String user, int year, String version) throws Exception {
        return send(path(centre, year) + "/adopt", user, "version", version);
    }

    /** A form post of name, value pairs; a name may come more than once. */
    private ResultActions send(String path, String user, String... pairs) throws Exception {
        var request = post(path);
        for (int i = 0; i < pairs.length; i += 2) {
            request.param(pairs[i], pairs[i + 1]);
        }
        return mvc.perform(request.with(csrf()).with(fixtures.as(user)));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private static String text(ResultActions result) throws Exception {
        return HtmlEscape.unescapeHtml(body(result)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    private String page(String path, String user) throws Exception {
        return text(mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk()));
    }

    private Fixtures.Centre fourOperations() {
        return fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
    }
}
