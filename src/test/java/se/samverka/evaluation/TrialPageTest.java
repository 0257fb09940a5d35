package se.samverka.evaluation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TrialPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anyoneCanTryAConfigurationAndSeeWhatIsMissing() throws Exception {
        mvc.perform(get("/prova").param("participating", "CHILD_HEALTH", "OPEN_PRESCHOOL", "MIDWIFE_CLINIC")
                        .param("coLocated", "CHILD_HEALTH", "OPEN_PRESCHOOL").param("otherActors", "LIBRARY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Familjecentralsliknande verksamhet")))
                .andExpect(content().string(containsString("Förebyggande socialtjänst ska ingå och vara samlokaliserad.")))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void htmxGetsOnlyTheResult() throws Exception {
        mvc.perform(get("/prova").header("HX-Request", "true").param("participating", "OPEN_PRESCHOOL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"result\"")))
                .andExpect(content().string(containsString("Omfattas inte av avtalet")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void unknownValuesAreIgnoredAndSaidSo() throws Exception {
        mvc.perform(get("/prova").param("participating", "ZOO").param("prioritisedArea", "kanske"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kändes inte igen")));
    }

    @Test
    void coLocationOfAnOperationThatDoesNotTakePartIsNotCounted() throws Exception {
        mvc.perform(get("/prova").param("participating", "OPEN_PRESCHOOL").param("coLocated", "CHILD_HEALTH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Samlokalisering räknas bara för basverksamheter som ingår")));
    }

    @Test
    void beforeAnythingIsTickedThereIsNoVerdict() throws Exception {
        mvc.perform(get("/prova"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kryssa i vilka basverksamheter")))
                .andExpect(content().string(not(containsString("Omfattas inte av avtalet"))))
                .andExpect(content().string(not(containsString("Regelkontroll"))));
        mvc.perform(get("/prova").header("HX-Request", "true").param("otherActors", "LIBRARY"))
                .andExpect(content().string(containsString("Omfattas inte av avtalet")));
    }

    @Test
    void theChecklistSaysTheVerdictAndWhatWasFoundBeforeTheRuleId() throws Exception {
        String page = mvc.perform(get("/prova").param("participating", "OPEN_PRESCHOOL"))
                .andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("<tbody>", page.indexOf("class=\"checklist")));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row.indexOf("class=\"outcome")).isNotNegative().isLessThan(row.indexOf("avsnitt"));
        assertThat(row.indexOf("avsnitt")).isLessThan(row.indexOf("class=\"rule-id"));
    }
}
