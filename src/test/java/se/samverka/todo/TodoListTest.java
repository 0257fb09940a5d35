package se.samverka.todo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.rules.BaseOperation;
import se.samverka.support.AgreementRequests;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.SignedAgreements;
import se.samverka.support.TestClock;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Each module's part of the to-do list on real data, on 2 December 2026 ({@link TestClock}), and who sees it: the
 * centre's coordinator and steering group and the municipality's administrator everything, the county its follow-up,
 * not its staff; what is the person's own to them alone.
 */
@IntegrationTest
class TodoListTest {

    private static final String MUNICIPALITY = "1440";
    private static final LocalDate TODAY = TestClock.START.toLocalDate();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TodoList todo;

    @Test
    void aNewCentreNeedsItsAgreementPlanAndReportAndOnlyThoseWhoAnswerForItAreTold() {
        Fixtures.Centre centre = fixtures.centre(MUNICIPALITY, false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        String municipality = fixtures.account(new Grant(Role.PRINCIPAL_ADMIN,
                fixtures.municipality(MUNICIPALITY).id()));
        String county = fixtures.account(Grant.countyAdmin());
        String staff = fixtures.account(new Grant(Role.STAFF, centre.unitIds().getFirst()));

        for (String answering : List.of(coordinator, steering, municipality)) {
            List<TodoItem> items = of(answering, centre.id());
            assertThat(items).as(answering).extracting(TodoItem::message, TodoItem::ruleId, TodoItem::dueOn)
                    .contains(
                            tuple("todo.agreement.missing", "R15a", null),
                            tuple("todo.plan.draw-up", "R12", null),
                            tuple("todo.report.compile", "R11.2b", null));
            assertThat(items).as("no rule twice for a centre").extracting(TodoItem::ruleId).doesNotHaveDuplicates();
            assertThat(items).allSatisfy(item -> assertThat(item.path()).startsWith("/centres/" + centre.id()));
        }
        assertThat(of(county, centre.id())).as("the county follows up (§4): the agreement and the requirements")
                .extracting(TodoItem::message, TodoItem::ruleId)
                .containsExactlyInAnyOrder(tuple("todo.agreement.missing", "R15a"), tuple("todo.checklist.followed-up", null));
        assertThat(of(staff, centre.id())).isEmpty();
        assertThat(todo.of(county).orElseThrow()).extracting(TodoItem::message, TodoItem::dueOn)
                .contains(tuple("todo.county.notice", LocalDate.of(2026, 12, 31)));
        assertThat(todo.of(coordinator).orElseThrow()).extracting(TodoItem::message)
                .doesNotContain("todo.county.notice");
        assertThat(todo.of("no-such-user")).isEmpty();
    }

    @Test
    void eachModuleSaysWhatIsDueByWhenAndWhatIsThePersonsOwn() throws Exception {
        Fixtures.Centre centre = fixtures.centre(MUNICIPALITY, false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true, MIDWIFE_CLINIC, true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        RequestPostProcessor decides = fixtures.as(steering);
        List<BaseOperation> parties = List.of(CHILD_HEALTH, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES, MIDWIFE_CLINIC);
        long agreement = SignedAgreements.sign(mvc, jdbc, fixtures, centre.id(), steering, parties,
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31));

        String signatory = fixtures.account();
        String location = mvc.perform(AgreementRequests.usageRightDraft(post("/centres/{id}/agreements", centre.id()),
                        OPEN_PRESCHOOL, CHILD_HEALTH, "2027-01-01", "40").with(csrf()).with(decides))
                .andReturn().getResponse().getRedirectedUrl();
        long usageRight = Long.parseLong(location.replaceAll("[^0-9]", ""));
        mvc.perform(AgreementRequests.send(usageRight, version(usageRight), List.of(signatory, fixtures.account()))
                .with(csrf()).with(decides)).andExpect(status().is3xxRedirection());

        mvc.perform(post("/centres/{id}/premises/areas", centre.id()).param("kind", "STAFF_ROOM")
                .with(csrf()).with(decides)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/centres/{id}/premises/fire-safety/checks", centre.id()).param("kind", "ROUND")
                        .param("performedOn", TODAY.minusMonths(4).toString()).param("outcome", "Inga brister.")
                        .with(csrf()).with(decides))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/centres/{id}/meetings", centre.id()).param("kind", "COOPERATION")
                        .param("startsAt", "2026-11-20T13:00").param("endsAt", "2026-11-20T15:00")
                        .param("place", "Samtalsrummet").param("agenda", "Föräldragrupper\n")
                        .param("premisesMatters", "false").with(csrf()).with(decides))
                .andExpect(status().is3xxRedirection());
        long meeting = jdbc.sql("select id from meeting where centre_id = :centre").param("centre", centre.id())
                .query(Long.class).single();
        jdbc.sql("""
                        insert into meeting_action_point (meeting_id, position, description, owner, due_on)
                        values (:meeting, 0, 'Boka lokal för föräldragruppen', :owner, :due)""")
                .param("meeting", meeting).param("owner", " " + coordinator.toUpperCase() + " ")
                .param("due", TODAY.minusDays(3)).update();

        List<TodoItem> items = of(coordinator, centre.id());
        String premises = "/centres/" + centre.id() + "/premises";
        String meetings = "/centres/" + centre.id() + "/meetings";
        assertThat(items).extracting(TodoItem::message, TodoItem::ruleId, TodoItem::dueOn, TodoItem::path)
                .contains(
                        tuple("todo.agreement.END", "R15c", LocalDate.of(2027, 3, 31), "/agreements/" + agreement),
                        tuple("todo.agreement.NOTICE", "R15d", LocalDate.of(2026, 9, 30), "/agreements/" + agreement),
                        tuple("todo.agreement.awaiting", "R15e", null, "/agreements/" + usageRight),
                        tuple("todo.fire-safety.due", null, TODAY.minusMonths(1), premises),
                        tuple("todo.fire-safety.never", null, TODAY, premises),
                        // 4 meetings a year are 1 due from 2 April (day 92 of 365)
                        tuple("todo.meeting.steering", "R11.1c", LocalDate.of(2026, 4, 2), meetings),
                        tuple("todo.meeting.cooperation", "R9", LocalDate.of(2026, 11, 30), meetings),
                        tuple("todo.meeting.midwife", "RB3c", LocalDate.of(2026, 11, 30), meetings),
                        tuple("todo.meeting.minutes", null, LocalDate.of(2026, 12, 4), "/meetings/" + meeting),
                        tuple("todo.meeting.action-point", null, TODAY.minusDays(3), "/meetings/" + meeting),
                        tuple("todo.plan.draw-up", "R12", null, "/centres/" + centre.id() + "/plans"));
        assertThat(items).extracting(TodoItem::message).doesNotContain("todo.agreement.missing");
        assertThat(items).filteredOn(i -> i.message().equals("todo.meeting.action-point"))
                .singleElement().satisfies(i -> {
                    assertThat(i.personal()).isTrue();
                    assertThat(i.daysLate(TODAY)).isEqualTo(3);
                });
        assertThat(items).as("dated first, by date; then the undated").extracting(TodoItem::dueOn)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));

        assertThat(of(steering, centre.id())).extracting(TodoItem::message)
                .contains("todo.meeting.minutes").doesNotContain("todo.meeting.action-point", "todo.agreement.sign");
        assertThat(todo.of(signatory).orElseThrow()).singleElement().satisfies(item -> {
            assertThat(item.message()).isEqualTo("todo.agreement.sign");
            assertThat(item.path()).isEqualTo("/agreements/" + usageRight);
            assertThat(item.personal()).isTrue();
        });

        String page = mvc.perform(get("/att-gora").param("centre", String.valueOf(centre.id()))
                        .with(fixtures.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<label for=\"todo-centre\">Familjecentral</label>",
                "Åtgärd du äger: Boka lokal för föräldragruppen", "3 dagar försenad", "href=\"" + premises + "\"",
                "SBA-rond: nästa ska vara gjord enligt brandskyddets intervall", "i dag",
                "Håll styrgruppsmöte med samordnaren: 0 hållna i år av 3 som avtalet ger hittills", "R11.1c");
        assertThat(mvc.perform(get("/att-gora/antal").with(fixtures.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("(" + todo.of(coordinator).orElseThrow().size() + ")");
        for (String odd : List.of("abc", "-1", "99999999999999999999", "")) {
            mvc.perform(get("/att-gora").param("centre", odd).with(fixtures.as(coordinator)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void aLongListIsShownFiftyLinesAPage() throws Exception {
        for (int i = 0; i < 18; i++) {
            fixtures.centre(MUNICIPALITY, false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                    PREVENTIVE_SOCIAL_SERVICES, true);
        }
        String municipality = fixtures.account(new Grant(Role.PRINCIPAL_ADMIN,
                fixtures.municipality(MUNICIPALITY).id()));
        int total = todo.of(municipality).orElseThrow().size();
        int pages = (total + TodoPage.PER_PAGE - 1) / TodoPage.PER_PAGE;
        assertThat(total).as("three items or more for each new centre").isGreaterThan(TodoPage.PER_PAGE);

        String first = page(municipality, null);
        assertThat(first.split("<th scope=\"row\">", -1)).hasSize(TodoPage.PER_PAGE + 1);
        String count = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("sv")).format(total);
        assertThat(first).contains("Att göra (" + count + ")", "Sida 1 av " + pages, "sida=2")
                .doesNotContain("rel=\"prev\"");
        String last = page(municipality, String.valueOf(pages));
        assertThat(last.split("<th scope=\"row\">", -1))
                .hasSize(total - (pages - 1) * TodoPage.PER_PAGE + 1);
        assertThat(last).contains("Sida " + pages + " av " + pages, "rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(page(municipality, "999999")).as("beyond the last page: the last").contains("Sida " + pages + " av " + pages);
        assertThat(page(municipality, "abc")).as("not a number: the first").contains("Sida 1 av " + pages);
    }

    private String page(String username, String page) throws Exception {
        var request = get("/att-gora").with(fixtures.as(username));
        if (page != null) {
            request.param("sida", page);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<TodoItem> of(String username, long centreId) {
        return todo.of(username).orElseThrow().stream()
                .filter(item -> item.centreId() != null && item.centreId() == centreId).toList();
    }

    private int version(long agreement) {
        return jdbc.sql("select version from agreement where id = :id").param("id", agreement)
                .query(Integer.class).single();
    }
}
