package se.samverka.todo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.StatementCounter;
import se.samverka.support.StatementCounter.Counts;
import se.samverka.support.TestClock;

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
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The to-do list asks each module once for all the centres: for the county, a municipality and a coordinator of them
 * all, twelve centres with premises, a fire-safety log, meetings without approved minutes and action points cost as
 * many statements as one; so does the navigation's count. The county follows up (§4): it sees the agreements and the
 * requirements not met, not each centre's fire-safety round or plan.
 */
@IntegrationTest
class TodoStatementsTest {

    private static final String MUNICIPALITY = "1442";
    private static final LocalDate TODAY = TestClock.START.toLocalDate();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twelveCentresCostTheToDoListAsManyStatementsAsOne() throws Exception {
        String actionPointOwner = Fixtures.unique("Ägare");
        List<Fixtures.Centre> centres = new ArrayList<>();
        centres.add(centreWithHistory(actionPointOwner));
        Map<String, Counts> one = measure(centres, actionPointOwner);
        while (centres.size() < 12) {
            centres.add(centreWithHistory(actionPointOwner));
        }
        Map<String, Counts> twelve = measure(centres, actionPointOwner);
        assertThat(twelve).isEqualTo(one);
    }

    private Map<String, Counts> measure(List<Fixtures.Centre> centres, String actionPointOwner) throws Exception {
        Map<String, String> readers = new LinkedHashMap<>();
        readers.put("county", fixtures.account(Grant.countyAdmin()));
        readers.put("municipality", fixtures.account(new Grant(Role.PRINCIPAL_ADMIN,
                fixtures.municipality(MUNICIPALITY).id())));
        readers.put("coordinator", fixtures.account(centres.stream()
                .map(centre -> new Grant(Role.COORDINATOR, centre.id())).toArray(Grant[]::new)));
        jdbc.sql("update meeting_action_point set owner = :username where owner = :owner")
                .param("username", readers.get("coordinator")).param("owner", actionPointOwner).update();
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (var reader : readers.entrySet()) {
            RequestPostProcessor signedIn = fixtures.as(reader.getValue());
            for (Fixtures.Centre centre : centres) {
                String list = page("/att-gora?centre=" + centre.id(), signedIn);
                if (reader.getKey().equals("county")) {
                    assertThat(list).as("the county follows up").contains(
                                    "href=\"/centres/" + centre.id() + "/agreements\"", "Krav i avtalet som inte uppfylls")
                            .doesNotContain("/premises\"", "/plans\"");
                } else {
                    assertThat(list).as("%s's list", reader.getKey()).contains(
                            "href=\"/centres/" + centre.id() + "/premises\"",
                            "href=\"/centres/" + centre.id() + "/plans\"");
                }
            }
            counts.put(reader.getKey() + " to-do", StatementCounter.of(() -> page("/att-gora", signedIn)));
        }
        RequestPostProcessor freshCounty = fixtures.as(fixtures.account(Grant.countyAdmin()));
        counts.put("county's count, not kept yet", StatementCounter.of(() -> page("/att-gora/antal", freshCounty)));
        counts.put("county's count, kept", StatementCounter.of(() -> page("/att-gora/antal", freshCounty)));
        assertThat(page("/att-gora?centre=" + centres.getLast().id(), fixtures.as(readers.get("coordinator"))))
                .contains("Åtgärd du äger: Boka lokal");
        return counts;
    }

    private String page(String path, RequestPostProcessor signedIn) throws Exception {
        return mvc.perform(get(path).with(signedIn)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** A centre with a shared area, a fire-safety round, a meeting without approved minutes and an action point. */
    private Fixtures.Centre centreWithHistory(String actionPointOwner) throws Exception {
        Fixtures.Centre centre = fixtures.centre(MUNICIPALITY, false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true, MIDWIFE_CLINIC, true);
        RequestPostProcessor steering = fixtures.as(fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())));
        mvc.perform(post("/centres/{id}/premises/areas", centre.id()).param("kind", "STAFF_ROOM")
                .with(csrf()).with(steering)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/centres/{id}/premises/fire-safety/checks", centre.id()).param("kind", "ROUND")
                        .param("performedOn", TODAY.minusMonths(4).toString()).param("outcome", "Inga brister.")
                        .with(csrf()).with(steering))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/centres/{id}/meetings", centre.id()).param("kind", "STEERING_GROUP")
                        .param("startsAt", "2026-11-20T13:00").param("endsAt", "2026-11-20T15:00")
                        .param("place", "Samtalsrummet").param("agenda", "Planen\n")
                        .param("premisesMatters", "false").with(csrf()).with(steering))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("""
                        insert into meeting_action_point (meeting_id, position, description, owner, due_on)
                        select id, 0, 'Boka lokal', :owner, :due from meeting where centre_id = :centre""")
                .param("owner", actionPointOwner).param("due", TODAY.plusDays(5)).param("centre", centre.id())
                .update();
        return centre;
    }
}
