package se.samverka.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.unbescape.html.HtmlEscape;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The joint operational plan of §12 (R12): goals with indicator, target and responsible operations, planned
 * activities, follow-up during the year, the year-end evaluation, adoption, and corrections beside what is adopted.
 */
@IntegrationTest
class PlanPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Plans plans;
    @Autowired
    FollowUps followUps;
    @Autowired
    Corrections corrections;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = TestClock.START.toLocalDate();
    private final int year = today.getYear();

    @Test
    void aPlanWithAGoalForThisYearMeetsR12OnTheCentrePage() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        assertThat(page("/centres/" + centre.id(), coordinator)).contains("R12",
                "Det finns ingen gemensam verksamhetsplan för året.", "Det finns ingen verksamhetsplan för " + year);

        draw(centre, coordinator, year).andExpect(status().is3xxRedirection());
        assertThat(page("/centres/" + centre.id(), coordinator)).contains("Verksamhetsplanen har inga mål ännu.");
        addGoal(centre, coordinator, "Fler pappor i föräldragrupperna", "Antal pappor", "40 pappor", v(centre),
                "CHILD_HEALTH", "OPEN_PRESCHOOL").andExpect(status().is3xxRedirection());

        String centrePage = page("/centres/" + centre.id(), coordinator);
        assertThat(centrePage).contains("Det finns en gemensam verksamhetsplan med mål för året.", "Mål: 1 st.",
                "Ingen uppföljning ännu.").doesNotContain("Det finns ingen gemensam verksamhetsplan för året.");
        followUp(centre, coordinator, "0", today.toString(), "12 pappor", "", "").andExpect(status().is3xxRedirection());
        assertThat(page("/centres/" + centre.id(), coordinator)).contains("Senaste uppföljning:", "12 pappor");
        assertThat(page("/centres/" + centre.id() + "/plans", coordinator))
                .contains("Verksamhetsplan " + year, "Pågår");

        Plan plan = plans.findByCentreIdAndYear(centre.id(), year).orElseThrow();
        assertThat(plan.goals()).singleElement().satisfies(goal -> {
            assertThat(goal.target()).isEqualTo("40 pappor");
            assertThat(goal.operations()).containsExactlyInAnyOrder(CHILD_HEALTH, OPEN_PRESCHOOL);
        });
        draw(centre, coordinator, year).andExpect(status().isConflict());
        assertThat(plans.findByCentreIdOrderByYearDesc(centre.id())).hasSize(1);
    }

    @Test
    void aCentreOutsideTheAgreementHasNoR12Line() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        assertThat(page("/centres/" + centre.id(), coordinator)).doesNotContain("gemensam verksamhetsplan för året");
    }

    @Test
    void badInputIsRefusedAtTheFieldsAndSavesNothing() throws Exception {
        Fixtures.Centre centre = threeOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        draw(centre, coordinator, year).andExpect(status().is3xxRedirection());

        String page = body(addGoal(centre, coordinator, "Fler pappor", "Antal pappor", "", v(centre), "CHILD_HEALTH")
                .andExpect(status().isOk()));
        assertThat(page).contains("Ange ett målvärde. Ett mål utan målvärde kan inte följas upp.",
                "id=\"goal-target-error\"", "Fler pappor");
        page = body(addGoal(centre, coordinator, "Fler pappor", "Antal pappor", "40", v(centre),
                "CHILD_HEALTH", "PREVENTIVE_SOCIAL_SERVICES").andExpect(status().isOk()));
        assertThat(page).contains("Välj bara basverksamheter som ingår i familjecentralen.",
                "id=\"goal-operations-error\"");
        addGoal(centre, coordinator, "Fler pappor", "Antal pappor", "40", v(centre)).andExpect(status().isOk());
        assertThat(plan(centre).goals()).isEmpty();

        page = body(addActivity(centre, coordinator, "PARENT_GROUP", "Pappagrupp", (year + 1) + "-01-15", "", v(centre),
                "OPEN_PRESCHOOL").andExpect(status().isOk()));
        assertThat(page).contains("Datumet ska ligga under planens år, " + year + ".", "id=\"activity-plannedOn-error\"");
        page = body(addActivity(centre, coordinator, "PARENT_GROUP", "Pappagrupp", "", "", v(centre), "OPEN_PRESCHOOL")
                .andExpect(status().isOk()));
        assertThat(page).contains("Ange ett datum eller välj en månad under " + year + ".");
        page = body(addActivity(centre, coordinator, "PARENT_EDUCATION", "Föräldrautbildning", "", "3", v(centre),
                "OPEN_PRESCHOOL").andExpect(status().isOk()));
        assertThat(page).contains("Föräldrautbildningen hålls av barnmorskemottagningen");
        addActivity(centre, coordinator, "BALL", "", year + "-03-01", "", v(centre), "SOCIAL").andExpect(status().isOk());
        assertThat(plan(centre).activities()).isEmpty();

        addGoal(centre, coordinator, "Fler pappor", "Antal pappor", "40", v(centre), "CHILD_HEALTH")
                .andExpect(status().is3xxRedirection());
        addActivity(centre, coordinator, "PARENT_EDUCATION", "Föräldrautbildning, ett tillfälle på plats", "", "3",
                v(centre), "MIDWIFE_CLINIC").andExpect(status().is3xxRedirection());
        assertThat(plan(centre).activities()).singleElement().satisfies(a -> assertThat(a.plannedMonth()).isEqualTo(3));

        if (today.getMonthValue() != 12 || today.getDayOfMonth() != 31) {
            page = body(followUp(centre, coordinator, "0", today.plusDays(1).toString(), "12", "", "")
                    .andExpect(status().isOk()));
            assertThat(page).contains("Datumet kan inte vara i framtiden.", "id=\"followUp-enteredOn-error\"");
        }
        page = body(followUp(centre, coordinator, "0", (year - 1) + "-06-01", "12", "", "").andExpect(status().isOk()));
        assertThat(page).contains("Datumet ska ligga under planens år, " + year + ".");
        page = body(followUp(centre, coordinator, "7", today.toString(), "", "", "").andExpect(status().isOk()));
        assertThat(page).contains("Välj ett av planens mål.", "Ange det uppmätta värdet");
        assertThat(followUps.findByPlanIdOrderByEnteredOnDescIdDesc(plan(centre).id())).isEmpty();
    }

    @Test
    void aChangeFromAnOlderVersionConflictsAndSavesNothing() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        draw(centre, coordinator, year).andExpect(status().is3xxRedirection());
        addGoal(centre, coordinator, "Mål ett", "Antal", "10", v(centre), "CHILD_HEALTH").andExpect(status().is3xxRedirection());

        String stale = String.valueOf(plan(centre).version() - 1);
        String page = body(addGoal(centre, coordinator, "Mål två", "Antal", "10", stale, "CHILD_HEALTH")
                .andExpect(status().isConflict()));
        assertThat(page).contains("Någon annan har ändrat uppgifterna");
        assertThat(plan(centre).goals()).hasSize(1);
    }

    @Test
    void anAdoptedPlanRefusesEveryChangeAndIsCorrectedBeside() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        draw(centre, coordinator, year).andExpect(status().is3xxRedirection());
        addGoal(centre, coordinator, "Fler pappor", "Antal pappor", "40", v(centre), "CHILD_HEALTH")
                .andExpect(status().is3xxRedirection());
        followUp(centre, coordinator, "0", today.toString(), "12 pappor", "", "").andExpect(status().is3xxRedirection());

        lock(centre, steering, v(centre)).andExpect(status().isConflict());
        assertThat(body(lock(centre, steering, v(centre)))).contains("varje mål är bedömt och helheten är utvärderad");
        send(centre, coordinator, "/assessments", "goal", "0", "assessment", "PARTLY_MET", "comment", "32 av 40.",
                "version", v(centre)).andExpect(status().is3xxRedirection());
        send(centre, coordinator, "/evaluation", "overall", "Ett bra år.", "version", v(centre))
                .andExpect(status().is3xxRedirection());
        lock(centre, steering, v(centre)).andExpect(status().is3xxRedirection());

        Plan adopted = plan(centre);
        assertThat(adopted.locked()).isTrue();
        assertThat(adopted.lockedBy()).isEqualTo(steering);
        long entries = followUps.count();

        String refused = body(addGoal(centre, coordinator, "Nytt mål", "Antal", "1", v(centre), "CHILD_HEALTH")
                .andExpect(status().isConflict()));
        assertThat(refused).contains("Verksamhetsplanen för " + year + " är fastställd och kan inte ändras.");
        addGoal(centre, coordinator, "", "", "", v(centre)).andExpect(status().isConflict());
        addActivity(centre, coordinator, "OTHER", "Fest", today.toString(), "", v(centre), "CHILD_HEALTH")
                .andExpect(status().isConflict());
        followUp(centre, coordinator, "0", today.toString(), "40 pappor", "", "").andExpect(status().isConflict());
        send(centre, coordinator, "/assessments", "goal", "0", "assessment", "MET", "comment", "", "version", v(centre))
                .andExpect(status().isConflict());
        send(centre, coordinator, "/evaluation", "overall", "Ändrad.", "version", v(centre)).andExpect(status().isConflict());
        lock(centre, steering, v(centre)).andExpect(status().isConflict());
        lock(centre, coordinator, v(centre)).andExpect(status().isForbidden());

        Plan after = plan(centre);
        assertThat(after.version()).isEqualTo(adopted.version());
        assertThat(after.goals()).isEqualTo(adopted.goals());
        assertThat(after.activities()).isEmpty();
        assertThat(after.overallEvaluation()).isEqualTo("Ett bra år.");
        assertThat(after.lockedAt()).isEqualTo(adopted.lockedAt());
        assertThat(followUps.count()).isEqualTo(entries);

        send(centre, coordinator, "/corrections", "concerns", "0", "text", "Det var 34 av 40, inte 32.")
                .andExpect(status().is3xxRedirection());
        send(centre, coordinator, "/corrections", "concerns", "overall", "text", "Årets sista grupp räknades inte.")
                .andExpect(status().is3xxRedirection());
        send(centre, coordinator, "/corrections", "concerns", "", "text", "").andExpect(status().isOk());
        assertThat(corrections.findByPlanIdOrderByIdAsc(after.id())).extracting(Correction::goalKey)
                .containsExactly(0, null);
        assertThat(page("/centres/" + centre.id() + "/plans/" + year, coordinator)).contains("Fastställd",
                "Delvis uppnått", "32 av 40.", "Rättelse", "Det var 34 av 40, inte 32.",
                "Årets sista grupp räknades inte.").doesNotContain("Lägg till ett mål");
        assertThat(plan(centre).version()).isEqualTo(adopted.version());
    }

    @Test
    void aCorrectionBeforeAdoptionIsRefused() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        draw(centre, coordinator, year).andExpect(status().is3xxRedirection());
        addGoal(centre, coordinator, "Mål", "Antal", "10", v(centre), "CHILD_HEALTH").andExpect(status().is3xxRedirection());
        send(centre, coordinator, "/corrections", "concerns", "0", "text", "Fel.").andExpect(status().isConflict());
        assertThat(corrections.findByPlanIdOrderByIdAsc(plan(centre).id())).isEmpty();
    }

    @Test
    void followUpEntriesAreNeverRewrittenAndACorrectionNamesTheEntryItCorrects() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        draw(centre, coordinator, year).andExpect(status().is3xxRedirection());
        addGoal(centre, coordinator, "Mål ett", "Antal", "10", v(centre), "CHILD_HEALTH").andExpect(status().is3xxRedirection());
        addGoal(centre, coordinator, "Mål två", "Antal", "10", v(centre), "OPEN_PRESCHOOL").andExpect(status().is3xxRedirection());
        followUp(centre, coordinator, "0", today.toString(), "42 deltagare", "Vårterminen", "")
                .andExpect(status().is3xxRedirection());
        long first = followUps.findByPlanIdOrderByEnteredOnDescIdDesc(plan(centre).id()).getFirst().id();

        followUp(centre, coordinator, "1", today.toString(), "24 deltagare", "", String.valueOf(first))
                .andExpect(status().isConflict());
        followUp(centre, coordinator, "0", today.toString(), "24 deltagare", "", "999999999")
                .andExpect(status().isConflict());
        followUp(centre, coordinator, "0", today.toString(), "24 deltagare", "Siffrorna var omkastade.",
                String.valueOf(first)).andExpect(status().is3xxRedirection());

        var entries = followUps.findByPlanIdOrderByEnteredOnDescIdDesc(plan(centre).id());
        assertThat(entries).hasSize(2);
        FollowUp correction = entries.stream().filter(e -> e.corrects() != null).findFirst().orElseThrow();
        assertThat(correction.corrects()).isEqualTo(first);
        assertThat(entries).filteredOn(e -> e.id() == first).singleElement()
                .satisfies(e -> assertThat(e.value()).isEqualTo("42 deltagare"));
        assertThat(page("/centres/" + centre.id() + "/plans/" + year, coordinator)).contains("42 deltagare",
                "rättad av nr " + correction.id(), "Rättar nr " + first + ".", "Siffrorna var omkastade.");

        assertThatThrownBy(() -> jdbc.sql("update plan_follow_up set value = 'ändrat' where id = :id")
                .param("id", first).update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from plan_follow_up where id = :id").param("id", first).update())
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void beforeAdoptionActivitiesAndGoalsCanBeTakenBackAndAFollowedUpGoalIsWithdrawnWithItsFollowUps() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        String staff = fixtures.account(new Grant(Role.STAFF, centre.unitIds().get(1)));
        draw(centre, coordinator, year).andExpect(status().is3xxRedirection());
        addGoal(centre, coordinator, "Mål ett", "Antal", "10", v(centre), "CHILD_HEALTH").andExpect(status().is3xxRedirection());
        addGoal(centre, coordinator, "Skrivet fel", "Antal", "10", v(centre), "CHILD_HEALTH").andExpect(status().is3xxRedirection());
        addGoal(centre, coordinator, "Mål tre", "Antal", "10", v(centre), "CHILD_HEALTH").andExpect(status().is3xxRedirection());
        addActivity(centre, coordinator, "OTHER", "I december", "", "12", v(centre), "CHILD_HEALTH")
                .andExpect(status().is3xxRedirection());
        addActivity(centre, coordinator, "OTHER", "I januari", "", "1", v(centre), "CHILD_HEALTH")
                .andExpect(status().is3xxRedirection());
        assertThat(plan(centre).goals()).extracting(Goal::goalKey).containsExactly(0, 1, 2);
        assertThat(body(mvc.perform(get("/centres/{id}/plans/{year}", centre.id(), year).with(fixtures.as(coordinator)))))
                .contains("aria-label=\"Ta bort mål 2\"", "aria-label=\"Ta bort aktiviteten I januari\"");

        long january = plan(centre).activities().getFirst().activityKey();
        assertThat(body(send(centre, coordinator, "/activities/" + january + "/remove", "version", v(centre))
                .andExpect(status().isConflict()))).as("a removal that was not confirmed").contains("Inget togs bort");
        assertThat(plan(centre).activities()).hasSize(2);
        assertThat(body(mvc.perform(get("/centres/{id}/plans/{year}", centre.id(), year).with(fixtures.as(coordinator)))))
                .as("the confirmation says what will happen").contains("Aktiviteten I januari tas bort ur planen.",
                        "<input type=\"hidden\" name=\"confirm\" value=\"true\">");
        send(centre, staff, "/activities/" + january + "/remove", "version", v(centre), "confirm", "true").andExpect(status().isForbidden());
        send(centre, coordinator, "/activities/" + january + "/remove", "version", v(centre), "confirm", "true")
                .andExpect(status().is3xxRedirection());
        assertThat(plan(centre).activities()).extracting(Activity::title).containsExactly("I december");
        assertThat(body(send(centre, coordinator, "/activities/" + january + "/remove", "version", v(centre), "confirm", "true")
                .andExpect(status().isConflict()))).contains("Aktiviteten finns inte i planen.");

        // A follow-up names its goal by key: removing an earlier goal does not move it to another goal.
        followUp(centre, coordinator, "2", today.toString(), "3 familjer", "", "").andExpect(status().is3xxRedirection());
        send(centre, coordinator, "/goals/1/remove", "version", v(centre), "confirm", "true").andExpect(status().is3xxRedirection());
        assertThat(plan(centre).goals()).extracting(Goal::text).containsExactly("Mål ett", "Mål tre");
        assertThat(page("/centres/" + centre.id() + "/plans/" + year, coordinator)).contains("Mål 2: Mål tre",
                "3 familjer").doesNotContain("Skrivet fel");
        assertThat(body(mvc.perform(get("/centres/{id}/plans/{year}", centre.id(), year).with(fixtures.as(coordinator)))))
                .contains("aria-label=\"Återta mål 2 (uppföljningarna finns kvar)\"");

        // Withdrawn, the goal and its follow-up stay; it is no longer followed up, assessed or needed for adoption.
        String stale = String.valueOf(plan(centre).version() - 1);
        send(centre, coordinator, "/goals/2/remove", "version", stale, "confirm", "true").andExpect(status().isConflict());
        send(centre, coordinator, "/goals/2/remove", "version", v(centre), "confirm", "true").andExpect(status().is3xxRedirection());
        Plan withdrawn = plan(centre);
        assertThat(withdrawn.goals()).extracting(Goal::text, Goal::withdrawn)
                .containsExactly(tuple("Mål ett", false), tuple("Mål tre", true));
        assertThat(followUps.findByPlanIdOrderByEnteredOnDescIdDesc(withdrawn.id())).extracting(FollowUp::goalKey)
                .containsExactly(2);
        assertThat(page("/centres/" + centre.id() + "/plans/" + year, coordinator)).contains("Mål 2: Mål tre",
                "Återtaget", "3 familjer");
        assertThat(body(mvc.perform(get("/centres/{id}/plans/{year}", centre.id(), year).with(fixtures.as(coordinator)))))
                .doesNotContain("aria-label=\"Återta mål 2").doesNotContain("Mål 2: Mål tre</option>");
        assertThat(body(send(centre, coordinator, "/goals/2/remove", "version", v(centre), "confirm", "true")
                .andExpect(status().isConflict()))).contains("Målet är återtaget");
        followUp(centre, coordinator, "2", today.toString(), "4 familjer", "", "").andExpect(status().isOk());
        send(centre, coordinator, "/assessments", "goal", "2", "assessment", "MET", "comment", "", "version", v(centre))
                .andExpect(status().isOk());
        assertThat(plan(centre).goals().get(1).assessment()).isNull();

        send(centre, coordinator, "/assessments", "goal", "0", "assessment", "MET", "comment", "", "version", v(centre))
                .andExpect(status().is3xxRedirection());
        send(centre, coordinator, "/evaluation", "overall", "Ett år.", "version", v(centre))
                .andExpect(status().is3xxRedirection());
        lock(centre, steering, v(centre)).andExpect(status().is3xxRedirection());
        assertThat(plan(centre).locked()).isTrue();
        assertThat(plan(centre).evaluated()).isTrue();
        assertThatThrownBy(() -> jdbc.sql("delete from plan_goal where plan_id = :id and goal_key = 2")
                .param("id", withdrawn.id()).update()).as("a followed-up goal cannot go, whatever deletes it")
                .hasMessageContaining("plan_follow_up_goal");
    }

    @Test
    void staffSeeThePlanButCannotChangeIt() throws Exception {
        Fixtures.Centre centre = fourOperations();
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String staff = fixtures.account(new Grant(Role.STAFF, centre.unitIds().get(1)));
        draw(centre, coordinator, year).andExpect(status().is3xxRedirection());
        addGoal(centre, coordinator, "Mål ett", "Antal", "10", v(centre), "CHILD_HEALTH").andExpect(status().is3xxRedirection());

        assertThat(page("/centres/" + centre.id() + "/plans/" + year, staff)).contains("Mål 1: Mål ett")
                .doesNotContain("Lägg till ett mål");
        addGoal(centre, staff, "Mål två", "Antal", "10", v(centre), "CHILD_HEALTH").andExpect(status().isForbidden());
        assertThat(plan(centre).goals()).hasSize(1);
    }

    private String v(Fixtures.Centre centre) {
        return String.valueOf(plan(centre).version());
    }

    private Plan plan(Fixtures.Centre centre) {
        return plans.findByCentreIdAndYear(centre.id(), year).orElseThrow();
    }

    private ResultActions draw(Fixtures.Centre centre, String user, int year) throws Exception {
        return mvc.perform(post("/centres/{id}/plans", centre.id()).param("year", String.valueOf(year))
                .with(csrf()).with(fixtures.as(user)));
    }

    private ResultActions addGoal(Fixtures.Centre centre, String user, String text, String indicator, String target,
                                  String version, String... operations) throws Exception {
        return send(centre, user, "/goals", "text", text, "indicator", indicator, "target", target,
                "version", version, "operations", operations);
    }

    private ResultActions addActivity(Fixtures.Centre centre, String user, String kind, String title, String date,
                                      String month, String version, String... operations) throws Exception {
        return send(centre, user, "/activities", "kind", kind, "title", title, "plannedOn", date,
                "plannedMonth", month, "version", version, "operations", operations);
    }

    private ResultActions followUp(Fixtures.Centre centre, String user, String goal, String date, String value,
                                   String comment, String corrects) throws Exception {
        return send(centre, user, "/follow-ups", "goal", goal, "enteredOn", date, "value", value, "comment", comment,
                "corrects", corrects);
    }

    private ResultActions lock(Fixtures.Centre centre, String user, String version) throws Exception {
        return send(centre, user, "/lock", "version", version);
    }

    /** Name, value pairs; a String[] value sends the name once per element. */
    private ResultActions send(Fixtures.Centre centre, String user, String path, Object... pairs) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/centres/{id}/plans/{year}" + path, centre.id(), year);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] instanceof String[] values) {
                if (values.length > 0) {
                    request.param((String) pairs[i], values);
                }
            } else {
                request.param((String) pairs[i], (String) pairs[i + 1]);
            }
        }
        return mvc.perform(request.with(csrf()).with(fixtures.as(user)));
    }

    private static String body(ResultActions result) throws Exception {
        return HtmlEscape.unescapeHtml(result.andReturn().getResponse().getContentAsString());
    }

    private String page(String path, String user) throws Exception {
        return HtmlEscape.unescapeHtml(mvc.perform(get(path).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
    }

    private Fixtures.Centre fourOperations() {
        return fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
    }

    private Fixtures.Centre threeOperations() {
        return fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
    }
}
