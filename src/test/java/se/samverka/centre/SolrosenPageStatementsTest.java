package se.samverka.centre;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.support.StatementCounter;
import se.samverka.support.TestClock;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's richest centre, Solrosen (signed agreements, a term of monthly meetings with minutes, a plan, costs, a
 * fire-safety log and a report), has its page in as few statements as any centre. Shares its context with
 * {@link se.samverka.HostileInputTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "samverka.demo=true")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import({TestClock.class, StatementCounter.class})
class SolrosenPageStatementsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void solrosensPageReadsNoMoreThanAnyCentresPage() throws Exception {
        long solrosen = jdbc.sql("select id from centre where name = 'Familjecentralen Solrosen'").query(Long.class).single();
        for (String username : List.of("demo-samordnare", "demo-styrgrupp")) {
            var signedIn = user(users.loadUserByUsername(username));
            mvc.perform(get("/centres/{id}", solrosen).with(signedIn)).andExpect(status().isOk());
            StatementCounter.Counts counts = StatementCounter.of(() -> mvc.perform(get("/centres/{id}", solrosen)
                    .with(signedIn)).andExpect(status().isOk()));
            System.out.printf("SolrosenPageStatementsTest: %s as %s%n", counts, username);
            assertThat(counts.statements()).as(username).isLessThanOrEqualTo(CentrePageStatementsTest.AT_MOST);
        }
    }
}
