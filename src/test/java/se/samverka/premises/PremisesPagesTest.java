package se.samverka.premises;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unbescape.html.HtmlEscape;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.time.LocalDate;

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
 * Shared areas against the minimum of §14.1 (R14d) on the checklist, and the fire-safety work of
 * Bilaga 1 avsnitt 12: the representative, the log, and when each check is next due.
 */
@IntegrationTest
class PremisesPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PremisesRegister register;
    @Autowired
    FireSafetyChecks checks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @Test
    void theChecklistFlagsTheMissingMinimumUntilAllFourSharedAreasAreThere() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        assertThat(page("/centres/" + centre.id(), coordinator)).contains("R14d",
                "gemensamma lokalerna saknar en toalett för personal.", "saknar ett personalrum.");

        for (String kind : new String[]{"STAFF_TOILET", "VISITOR_TOILET", "CONFERENCE_ROOM"}) {
            addArea(centre, coordinator, kind, "", "").andExpect(status().is3xxRedirection());
        }
        addArea(centre, coordinator, "STAFF_ROOM", "Med pentry", "18,5").andExpect(status().is3xxRedirection());

        assertThat(register.findByCentreId(centre.id()).orElseThrow().areas())
                .extracting(Area::kind).extracting(Enum::name)
                .containsExactly("STAFF_TOILET", "VISITOR_TOILET", "CONFERENCE_ROOM", "STAFF_ROOM");
        assertThat(register.findByCentreId(centre.id()).orElseThrow().areas().get(3).squareMetres())
                .isEqualByComparingTo("18.5");
        String centrePage = page("/centres/" + centre.id(), coordinator);
        assertThat(centrePage).contains("minst en personaltoalett, en besökstoalett, ett konferensrum och ett personalrum")
                .doesNotContain("saknar ett personalrum");
        assertThat(page("/centres/" + centre.id() + "/premises", coordinator)).contains("Med pentry", "18,5");

        int version = register.findByCentreId(centre.id()).orElseThrow().version();
        assertThat(mvc.perform(post("/centres/{id}/premises/areas/{i}/remove", centre.id(), 0)
                        .param("version", String.valueOf(version)).with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .as("a removal that was not confirmed").contains("Inget togs bort");
        assertThat(register.findByCentreId(centre.id()).orElseThrow().areas()).hasSize(4);
        assertThat(page("/centres/" + centre.id() + "/premises", coordinator))
                .contains("Toalett för personal tas bort ur förteckningen över gemensamma ytor");
        mvc.perform(post("/centres/{id}/premises/areas/{i}/remove", centre.id(), 0).param("version", String.valueOf(version))
                        .param("confirm", "true").with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/centres/{id}/premises/areas/{i}/remove", centre.id(), 0).param("version", String.valueOf(version))
                        .param("confirm", "true").with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().isConflict());
        assertThat(register.findByCentreId(centre.id()).orElseThrow().areas()).hasSize(3);
        assertThat(page("/centres/" + centre.id(), coordinator)).contains("saknar en toalett för personal.");
    }

    @Test
    void badAreasAreRefusedAtTheFieldsAndSaveNothing() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));

        String page = HtmlEscape.unescapeHtml(addArea(centre, coordinator, "BALLROOM", "", "-3")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Välj vilken sorts yta det är.", "Ange kvadratmeter som ett tal större än noll",
                "id=\"area-kind-error\"", "id=\"area-squareMetres-error\"");
        addArea(centre, coordinator, "OTHER", "", "").andExpect(status().isOk());
        addArea(centre, coordinator, "KITCHEN", "", "12,55").andExpect(status().isOk());
        addArea(centre, coordinator, "KITCHEN", "", "tolv").andExpect(status().isOk());
        assertThat(register.findByCentreId(centre.id())).isEmpty();
    }

    @Test
    void theRepresentativeLogsChecksAndThePageSaysWhenEachIsNextDue() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        String staff = fixtures.account(new Grant(Role.STAFF, centre.unitIds().get(1)));
        LocalDate today = clock.today();

        mvc.perform(post("/centres/{id}/premises/fire-safety", centre.id()).param("version", "0")
                        .param("representative", "Siv Brand").param("appointedOn", today.toString())
                        .param("assemblyPoint", "Parkeringen vid entrén").param("evacuationPlan", "true")
                        .param("roundIntervalMonths", "3").param("alarmCheckIntervalMonths", "1")
                        .param("drillIntervalMonths", "12")
                        .with(csrf()).with(fixtures.as(steering)))
                .andExpect(status().is3xxRedirection());
        LocalDate round = today.minusMonths(4);
        record(centre, coordinator, "ROUND", round.toString(), "Utrymningsväg blockerad av barnvagnar.", true)
                .andExpect(status().is3xxRedirection());
        record(centre, coordinator, "EVACUATION_DRILL", today.toString(), "Alla ute på tre minuter.", false)
                .andExpect(status().is3xxRedirection());

        String premises = page("/centres/" + centre.id() + "/premises", staff);
        assertThat(premises).contains("Siv Brand", "Parkeringen vid entrén", "Utrymningsväg blockerad av barnvagnar.",
                round.plusMonths(3).toString(), "försenad", today.plusMonths(12).toString(),
                "Kontroll av brandlarmet: ingen loggad ännu, görs nu");
        assertThat(premises).doesNotContain("Logga en kontroll");
        assertThat(page("/centres/" + centre.id(), staff)).contains("SBA-ombud", "Siv Brand", round.plusMonths(3).toString());
        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'premises' and action = 'READ' "
                + "and object_id = :id").param("id", String.valueOf(centre.id())).query(Long.class).single())
                .isPositive();

        record(centre, coordinator, "ALARM_CHECK", today.plusDays(1).toString(), "Provlarm.", false)
                .andExpect(status().isOk());
        record(centre, coordinator, "ALARM_CHECK", "", "", false).andExpect(status().isOk());
        record(centre, staff, "ALARM_CHECK", today.toString(), "Provlarm.", false).andExpect(status().isForbidden());
        assertThat(checks.findByCentreIdOrderByPerformedOnDescIdDesc(centre.id())).hasSize(2);
    }

    @Test
    void theLogCannotBeRewritten() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        record(centre, coordinator, "ROUND", clock.today().toString(), "Inga brister.", false)
                .andExpect(status().is3xxRedirection());
        long id = checks.findByCentreIdOrderByPerformedOnDescIdDesc(centre.id()).getFirst().id();

        assertThatThrownBy(() -> jdbc.sql("update fire_safety_check set outcome = 'ändrat' where id = :id")
                .param("id", id).update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from fire_safety_check where id = :id").param("id", id).update())
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void intervalsOutsideOneToTwentyFourMonthsAndFutureDatesAreRefused() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        String page = HtmlEscape.unescapeHtml(mvc.perform(post("/centres/{id}/premises/fire-safety", centre.id())
                        .param("version", "0").param("appointedOn", clock.today().plusDays(2).toString())
                        .param("roundIntervalMonths", "0").param("alarmCheckIntervalMonths", "25")
                        .param("drillIntervalMonths", "tolv")
                        .with(csrf()).with(fixtures.as(steering)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Datumet kan inte vara i framtiden.", "Ange ett heltal mellan 1 och 24.",
                "id=\"fire-roundIntervalMonths-error\"", "id=\"fire-drillIntervalMonths-error\"");
        assertThat(register.findByCentreId(centre.id())).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions addArea(Fixtures.Centre centre, String user, String kind,
                                                                       String description, String metres) throws Exception {
        return mvc.perform(post("/centres/{id}/premises/areas", centre.id()).param("kind", kind)
                .param("description", description).param("squareMetres", metres)
                .with(csrf()).with(fixtures.as(user)));
    }

    private org.springframework.test.web.servlet.ResultActions record(Fixtures.Centre centre, String user, String kind,
                                                                      String date, String outcome, boolean deviations)
            throws Exception {
        return mvc.perform(post("/centres/{id}/premises/fire-safety/checks", centre.id()).param("kind", kind)
                .param("performedOn", date).param("outcome", outcome).param("deviations", String.valueOf(deviations))
                .with(csrf()).with(fixtures.as(user)));
    }

    private String page(String path, String user) throws Exception {
        return HtmlEscape.unescapeHtml(mvc.perform(get(path).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
    }

    private Fixtures.Centre fourOperations() {
        return fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
    }
}
