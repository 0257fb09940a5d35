package se.samverka;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.centre.CentreRegistry;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.identity.UserAccounts;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;

/** Names, usernames and e-mail addresses go to the audit log, never to the application log. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLoggingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CentreRegistry registry;

    @Test
    void signingInAndWorkingWithPersonalDataLogsNoneOfIt(CapturedOutput output) throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true);
        String username = "greta.loggtestsson@example.se";
        accounts.create(username, "Greta Loggtestsson", "greta@example.se", Fixtures.PASSWORD,
                Set.of(new Grant(Role.STEERING_GROUP, centre.id()), new Grant(Role.PRINCIPAL_ADMIN, fixtures.region().id())));

        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", Fixtures.PASSWORD));
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "fel-lösenord-123"));
        mvc.perform(post("/centres/{id}/coordinator", centre.id()).with(csrf()).with(fixtures.as(username))
                .param("name", "Harald Samordnarsson").param("employerId", String.valueOf(fixtures.region().id()))
                .param("serviceGrade", "50").param("appointedOn", "2026-01-15").param("version", "0"));
        mvc.perform(get("/centres/{id}", centre.id()).with(fixtures.as(username)));
        mvc.perform(post("/centres/{id}/coordinator", centre.id()).with(csrf()).with(fixtures.as(username))
                .param("name", "Ingrid Felsson").param("serviceGrade", "abc").param("version", "zz"));

        assertThat(registry.view(centre.id()).orElseThrow().coordinator().name()).isEqualTo("Harald Samordnarsson");
        assertThat(output.getAll()).doesNotContain("Greta", "Loggtestsson", "greta@example.se", "Harald",
                "Samordnarsson", "Ingrid", "Felsson");
    }
}
