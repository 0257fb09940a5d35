package se.samverka.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RulesApiTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void classifiesTheIssuesExampleAsFamilyCentreLike() throws Exception {
        mvc.perform(post("/api/v1/rules/classification").contentType(MediaType.APPLICATION_JSON).content("""
                        {"operations":[{"kind":"CHILD_HEALTH","coLocated":true},{"kind":"OPEN_PRESCHOOL","coLocated":true},
                        {"kind":"MIDWIFE_CLINIC","coLocated":false}],"otherActors":["LIBRARY"],"prioritisedArea":false}
                        """))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.kind").value("FAMILY_CENTRE_LIKE"))
                .andExpect(jsonPath("$.ruleIds").value(org.hamcrest.Matchers.contains("R8.3a", "R8.3b", "RB3a")))
                .andExpect(jsonPath("$.missingForFamilyCentreLike", hasSize(0)))
                .andExpect(jsonPath("$.missingForFamilyCentre", hasSize(2)))
                .andExpect(jsonPath("$.missingForFamilyCentre[0].ruleId").value("R8.2"))
                .andExpect(jsonPath("$.missingForFamilyCentre[0].need").value("CO_LOCATE"))
                .andExpect(jsonPath("$.missingForFamilyCentre[0].anyOf[0]").value("MIDWIFE_CLINIC"))
                .andExpect(jsonPath("$.missingForFamilyCentre[0].message").value("Barnmorskemottagning ska vara samlokaliserad."))
                .andExpect(jsonPath("$.missingForFamilyCentre[1].anyOf[0]").value("PREVENTIVE_SOCIAL_SERVICES"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("R8.3a"))
                .andExpect(jsonPath("$.findings[0].severity").value("REQUIREMENT"))
                .andExpect(jsonPath("$.findings[0].outcome").value("MET"))
                .andExpect(jsonPath("$.findings[0].message", containsString("Barnhälsovård, öppen förskola")));
    }

    @Test
    void listsWhatIsMissingForAFamilyCentreLikeOperation() throws Exception {
        mvc.perform(post("/api/v1/rules/classification").contentType(MediaType.APPLICATION_JSON).content("""
                        {"operations":[{"kind":"MIDWIFE_CLINIC","coLocated":true},{"kind":"OPEN_PRESCHOOL","coLocated":true},
                        {"kind":"PREVENTIVE_SOCIAL_SERVICES","coLocated":true}],"prioritisedArea":true}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("NOT_COVERED"))
                .andExpect(jsonPath("$.missingForFamilyCentreLike[0].ruleId").value("R8.3a"))
                .andExpect(jsonPath("$.missingForFamilyCentreLike[0].anyOf[0]").value("CHILD_HEALTH"))
                .andExpect(jsonPath("$.missingForFamilyCentreLike[0].message").value("Barnhälsovård ska ingå."))
                .andExpect(jsonPath("$.missingForFamilyCentreLike[1].ruleId").value("R8.3b"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown kind          | {"operations":[{"kind":"DAYCARE","coLocated":true}],"prioritisedArea":false}                                                      | operations[0].kind: okänd basverksamhet "DAYCARE"
            the same one twice    | {"operations":[{"kind":"CHILD_HEALTH","coLocated":true},{"kind":"CHILD_HEALTH","coLocated":false}],"prioritisedArea":false} | operations[1].kind: CHILD_HEALTH förekommer mer än en gång
            missing coLocated     | {"operations":[{"kind":"CHILD_HEALTH"}],"prioritisedArea":false}                                                               | operations[0].coLocated: saknas
            missing kind          | {"operations":[{"coLocated":true}],"prioritisedArea":false}                                                                    | operations[0].kind: saknas
            missing operations    | {"prioritisedArea":false}                                                                                                      | operations: saknas
            missing area          | {"operations":[]}                                                                                                              | prioritisedArea: saknas
            unknown other actor   | {"operations":[],"otherActors":["ZOO"],"prioritisedArea":false}                                                               | otherActors[0]: okänd samhällsaktör "ZOO"
            wrong type            | {"operations":[{"kind":"CHILD_HEALTH","coLocated":"ja"}],"prioritisedArea":false}                                              | operations[0].coLocated
            malformed JSON        | {"operations":[                                                                                                                | inte giltig JSON
            not an object         | [1, 2]                                                                                                                         | ska vara ett JSON-objekt
            null operation        | {"operations":[null],"prioritisedArea":false}                                                                                  | operations[0]: saknas
            """)
    void answersBadInputWithASwedishProblem(String description, String body, String detail) throws Exception {
        mvc.perform(post("/api/v1/rules/classification").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Felaktig begäran"))
                .andExpect(jsonPath("$.detail", containsString(detail)));
    }

    @Test
    void answersAnEmptyBody() throws Exception {
        mvc.perform(post("/api/v1/rules/classification").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("saknar innehåll")));
    }

    /** Errors raised before a controller is chosen reach the error page, so these go over real HTTP. */
    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            POST | /api/v1/rules/classification | text/plain | 415 | Innehållstypen stöds inte
            GET  | /api/v1/rules/classification |            | 405 | kan inte användas på det sättet
            GET  | /api/v1/rules/no-such-rule   |            | 404 | finns inte
            GET  | /api/v1/centres              |            | 401 | Logga in
            """)
    void answersErrorsOutsideControllersWithSwedishProblems(String method, String path, String contentType,
                                                             int status, String detail) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("x")
                        : HttpRequest.BodyPublishers.noBody());
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        assertThat(response.body()).contains(detail).doesNotContain("Exception").doesNotContain("trace");
    }

    @Test
    void answersTheRegionalAgreementsPeriodAndNoticeDeadline() throws Exception {
        mvc.perform(get("/api/v1/rules/regional-agreement").param("on", "2026-11-23"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periodStart").value("2026-01-01"))
                .andExpect(jsonPath("$.periodEnd").value("2027-12-31"))
                .andExpect(jsonPath("$.noticeDeadline").value("2026-12-31"))
                .andExpect(jsonPath("$.extensionNote", containsString("två år i taget")));
        mvc.perform(get("/api/v1/rules/regional-agreement").param("on", "2024-06-01"))
                .andExpect(jsonPath("$.periodStart").value("2024-03-01"))
                .andExpect(jsonPath("$.periodEnd").value("2025-12-31"))
                .andExpect(jsonPath("$.noticeDeadline").value("2024-12-31"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "igår", "23/11/2026"})
    void rejectsADateThatIsNotOne(String date) throws Exception {
        mvc.perform(get("/api/v1/rules/regional-agreement").param("on", date))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("ÅÅÅÅ-MM-DD")));
    }

    @Test
    void saysTheAgreementWasNotInForceBeforeItBegan() throws Exception {
        mvc.perform(get("/api/v1/rules/regional-agreement").param("on", "2024-01-01"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("gäller från 2024-03-01")));
    }

    @Test
    void publishesAnOpenApiDescriptionOfTheRulesApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/rules/classification'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/rules/regional-agreement'].get").exists());
    }
}
