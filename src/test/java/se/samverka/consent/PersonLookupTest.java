package se.samverka.consent;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;

/**
 * When a population register says a person has protected identity (R13e), the person is registered so, whatever
 * staff chose; the register here is a stand-in that says so of one test number.
 */
@IntegrationTest
@Import(PersonLookupTest.StandInRegister.class)
class PersonLookupTest {

    private static final String PROTECTED = "20230681-9844";

    @TestConfiguration
    static class StandInRegister {

        @Bean
        @Primary
        PersonLookup standInPopulationRegister() {
            return number -> Optional.of(new PersonLookup.PopulationRecord(
                    number.normalised().equals(PROTECTED.replace("-", ""))));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void protectedIdentityFromThePopulationRegisterHoldsWhateverStaffChose() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true);
        long unit = centre.unitIds().getFirst();
        String staff = fixtures.account(new Grant(Role.STAFF, unit));
        for (String number : new String[]{PROTECTED, "20250374-9828"}) {
            mvc.perform(post("/centres/{c}/register/{u}/persons", centre.id(), unit).param("kind", "PARENT")
                            .param("name", "Uppslagen " + number).param("identityNumber", number)
                            .with(csrf()).with(fixtures.as(staff)))
                    .andExpect(status().is3xxRedirection());
        }

        assertThat(jdbc.sql("select name || ' ' || protected_identity from person where unit_id = :u order by name")
                .param("u", unit).query(String.class).list())
                .containsExactly("Uppslagen 20230681-9844 true", "Uppslagen 20250374-9828 false");
    }
}
