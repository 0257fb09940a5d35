package se.samverka;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
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
import se.samverka.support.StatementCounter;
import se.samverka.support.StatementCounter.Counts;
import se.samverka.support.TestClock;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The calendar feed, the calendar page and the to-do list read each module's dates for all the centres a person may
 * see at once: for the county, a municipality and a coordinator, twenty centres with agreements, meetings and a
 * fire-safety log cost as many statements as one. The county follows up (§4): the agreements' dates, not the meetings.
 */
@IntegrationTest
class CalendarAndTodoStatementsTest {

    private static final String MUNICIPALITY = "1407";
    private static final List<BaseOperation> OPERATIONS = List.of(CHILD_HEALTH, OPEN_PRESCHOOL,
            PREVENTIVE_SOCIAL_SERVICES);
    private static final LocalDate TODAY = TestClock.START.toLocalDate();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private final List<String> signatories = new ArrayList<>();
    private final List<Long> awaitingSignature = new ArrayList<>();

    @Test
    void twentyCentresCostTheFeedAndTheToDoListAsManyStatementsAsOne() throws Exception {
        for (int i = 0; i < OPERATIONS.size(); i++) {
            signatories.add(fixtures.account());
        }
        List<Fixtures.Centre> centres = new ArrayList<>();
        centres.add(centreWithHistory());
        Map<String, Counts> one = measure(centres);

        while (centres.size() < 20) {
            centres.add(centreWithHistory());
        }
        Map<String, Counts> twenty = measure(centres);

        assertThat(twenty).isEqualTo(one);
    }

    /**
     * The statements of each page for each kind of reader, after checking that the feed shows every centre and the
     * to-do list every centre the reader prepares for (the administrators prepare none).
     */
    private Map<String, Counts> measure(List<Fixtures.Centre> centres) throws Exception {
        Map<String, String> readers = new LinkedHashMap<>();
        readers.put("county", fixtures.account(Grant.countyAdmin()));
        readers.put("municipality", fixtures.account(new Grant(Role.PRINCIPAL_ADMIN,
                fixtures.municipality(MUNICIPALITY).id())));
        readers.put("coordinator", fixtures.account(centres.stream()
                .map(centre -> new Grant(Role.COORDINATOR, centre.id())).toArray(Grant[]::new)));
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (var reader : readers.entrySet()) {
            String feed = feedPath(reader.getValue());
            List<String> summaries = new CalendarBuilder().build(new StringReader(page(feed, null)))
                    .<VEvent>getComponents("VEVENT").stream().map(e -> e.getSummary().getValue()).toList();
            RequestPostProcessor signedIn = fixtures.as(reader.getValue());
            String todo = page("/att-gora", signedIn);
            String month = page("/kalender", signedIn);
            String list = page("/kalender?vy=lista", signedIn);
            for (Fixtures.Centre centre : centres) {
                String notice = "Sista dag att säga upp eller omförhandla lokala samverkansavtalet – " + centre.name();
                if (reader.getKey().equals("county")) {
                    assertThat(month + list).as("the county follows up (§4)")
                            .doesNotContain("Samverkansmöte – " + centre.name());
                    assertThat(summaries).as("the county's feed").contains(notice)
                            .doesNotContain("SBA-rond – " + centre.name(), "Samverkansmöte – " + centre.name());
                    continue;
                }
                assertThat(month).as("%s's calendar", reader.getKey()).contains("Samverkansmöte – " + centre.name());
                assertThat(list).as("%s's calendar as a list", reader.getKey())
                        .contains("Samverkansmöte – " + centre.name());
                assertThat(summaries).as("%s's feed", reader.getKey()).contains(
                        "SBA-rond – " + centre.name(), "Samverkansmöte – " + centre.name(), notice);
                if (reader.getKey().equals("coordinator")) {
                    assertThat(todo).as("the coordinator's to-do list").contains(centre.name());
                }
            }
            counts.put(reader.getKey() + " feed", StatementCounter.of(() -> page(feed, null)));
            counts.put(reader.getKey() + " to-do", StatementCounter.of(() -> page("/att-gora", signedIn)));
            counts.put(reader.getKey() + " calendar", StatementCounter.of(() -> page("/kalender", signedIn)));
            counts.put(reader.getKey() + " calendar list",
                    StatementCounter.of(() -> page("/kalender?vy=lista", signedIn)));
        }
        RequestPostProcessor signatory = fixtures.as(signatories.getFirst());
        String toSign = page("/att-gora", signatory);
        for (long agreement : awaitingSignature) {
            assertThat(toSign).as("the signatory's to-do list").contains("href=\"/agreements/" + agreement + "\"");
        }
        counts.put("signatory to-do", StatementCounter.of(() -> page("/att-gora", signatory)));
        return counts;
    }

    private String page(String path, RequestPostProcessor signedIn) throws Exception {
        var request = get(path);
        if (signedIn != null) {
            request.with(signedIn);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String feedPath(String user) throws Exception {
        String url = (String) mvc.perform(post("/kalender/link").with(csrf()).with(fixtures.as(user)))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("url");
        return url.substring("http://localhost".length());
    }

    /**
     * A centre with a signed cooperation agreement whose last day for notice is near, a usage-right agreement that
     * waits for the first signatory, a cooperation meeting, a shared area and a fire-safety round.
     */
    private Fixtures.Centre centreWithHistory() throws Exception {
        Fixtures.Centre centre = fixtures.centre(MUNICIPALITY, false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        RequestPostProcessor steering = fixtures.as(fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())));
        LocalDate start = TODAY.withDayOfMonth(1).minusMonths(1);
        long agreement = created(mvc.perform(AgreementRequests.cooperationDraft(post("/centres/{id}/agreements",
                        centre.id()), OPERATIONS, start.toString(), start.plusMonths(8).minusDays(1).toString())
                .with(csrf()).with(steering)).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(AgreementRequests.send(agreement, version(agreement), signatories).with(csrf()).with(steering))
                .andExpect(status().is3xxRedirection());
        String sha256 = jdbc.sql("select document_sha256 from agreement where id = :id").param("id", agreement)
                .query(String.class).single();
        for (String signatory : signatories) {
            mvc.perform(AgreementRequests.sign(agreement, sha256).with(csrf()).with(fixtures.as(signatory)))
                    .andExpect(status().is3xxRedirection());
        }
        long usageRight = created(mvc.perform(AgreementRequests.usageRightDraft(post("/centres/{id}/agreements",
                        centre.id()), OPEN_PRESCHOOL, CHILD_HEALTH, start.toString(), "40").with(csrf()).with(steering))
                .andReturn().getResponse().getRedirectedUrl());
        mvc.perform(AgreementRequests.send(usageRight, version(usageRight), signatories.subList(0, 2))
                        .with(csrf()).with(steering))
                .andExpect(status().is3xxRedirection());
        awaitingSignature.add(usageRight);
        mvc.perform(post("/centres/{id}/meetings", centre.id()).param("kind", "COOPERATION")
                        .param("startsAt", TODAY.plusDays(7) + "T13:00").param("endsAt", TODAY.plusDays(7) + "T15:00")
                        .param("place", "Samtalsrummet").param("agenda", "Föräldragrupper\n")
                        .param("premisesMatters", "false").with(csrf()).with(steering))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/centres/{id}/premises/areas", centre.id()).param("kind", "STAFF_ROOM")
                        .with(csrf()).with(steering))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/centres/{id}/premises/fire-safety/checks", centre.id()).param("kind", "ROUND")
                        .param("performedOn", TODAY.minusMonths(1).toString()).param("outcome", "Inga brister.")
                        .with(csrf()).with(steering))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from agreement where id = :id").param("id", agreement)
                .query(String.class).single()).isEqualTo("SIGNED");
        return centre;
    }

    private static long created(String location) {
        assertThat(location).matches("/agreements/[0-9]+");
        return Long.parseLong(location.substring("/agreements/".length()));
    }

    private int version(long agreement) {
        return jdbc.sql("select version from agreement where id = :id").param("id", agreement)
                .query(Integer.class).single();
    }
}
