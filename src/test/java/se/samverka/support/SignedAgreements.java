package se.samverka.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.rules.BaseOperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A local cooperation agreement drafted and sent by a member of the steering group (who decides on sending, §11.1)
 * and signed by one new account per party through the pages, so that it is in force over its term: 4 hours of
 * cooperation meetings per month and 4 steering-group meetings per year.
 */
public final class SignedAgreements {

    private SignedAgreements() {
    }

    /** The signed agreement's id. */
    public static long sign(MockMvc mvc, JdbcClient jdbc, Fixtures fixtures, long centreId, String steeringMember,
                            List<BaseOperation> parties, LocalDate start, LocalDate end) throws Exception {
        String location = mvc.perform(AgreementRequests.cooperationDraft(post("/centres/{id}/agreements", centreId),
                                parties, start.toString(), end.toString())
                        .with(csrf()).with(fixtures.as(steeringMember)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("[^0-9]", ""));
        List<String> signatories = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            signatories.add(fixtures.account());
        }
        int version = jdbc.sql("select version from agreement where id = :id").param("id", id).query(Integer.class).single();
        mvc.perform(AgreementRequests.send(id, version, signatories).with(csrf()).with(fixtures.as(steeringMember)))
                .andExpect(status().is3xxRedirection());
        String sha = jdbc.sql("select document_sha256 from agreement where id = :id").param("id", id)
                .query(String.class).single();
        for (String signatory : signatories) {
            mvc.perform(AgreementRequests.sign(id, sha).with(csrf()).with(fixtures.as(signatory)))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("select status from agreement where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("SIGNED");
        return id;
    }
}
