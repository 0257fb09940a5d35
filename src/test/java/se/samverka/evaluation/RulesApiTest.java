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
    void answersWhenANoticedUsageRightEnds() throws Exception {
        mvc.perform(post("/api/v1/rules/usage-right-notice").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"noticeDate":"2026-03-10","months":6}
                                """))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.noticeDate").value("2026-03-10"))
                .andExpect(jsonPath("$.months").value(6))
                .andExpect(jsonPath("$.endsOn").value("2026-09-30"))
                .andExpect(jsonPath("$.ruleId").value("RB2a"))
                .andExpect(jsonPath("$.quote", containsString("det månadsskifte som inträffar närmast efter sex")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # body                                        | months | ends on
            {"noticeDate":"2026-03-31"}                   | 6      | 2026-09-30
            {"noticeDate":"2026-08-31","months":null}     | 6      | 2027-02-28
            {"noticeDate":"2026-12-15","months":3}        | 3      | 2027-03-31
            {"noticeDate":"2027-08-31","months":6}        | 6      | 2028-02-29
            {"noticeDate":"2026-03-10","months":6.0}      | 6      | 2026-09-30
            {"noticeDate":"2026-03-10","months":"12"}     | 12     | 2027-03-31
            """)
    void theNoticePeriodIsSixMonthsUnlessGiven(String body, int months, String endsOn) throws Exception {
        mvc.perform(post("/api/v1/rules/usage-right-notice").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months").value(months))
                .andExpect(jsonPath("$.endsOn").value(endsOn));
    }

    @Test
    void warnsAboutAShortAgreementTerm() throws Exception {
        mvc.perform(post("/api/v1/rules/agreement-term").contentType(MediaType.APPLICATION_JSON).content("""
                        {"start":"2025-01-01","end":"2026-12-31","sharedPremises":false}
                        """))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.start").value("2025-01-01"))
                .andExpect(jsonPath("$.end").value("2026-12-31"))
                .andExpect(jsonPath("$.years").value(2))
                .andExpect(jsonPath("$.months").value(0))
                .andExpect(jsonPath("$.days").value(0))
                .andExpect(jsonPath("$.lastNoticeDay").value("2026-06-30"))
                .andExpect(jsonPath("$.warnings", hasSize(1)))
                .andExpect(jsonPath("$.warnings[0].ruleId").value("R15c"))
                .andExpect(jsonPath("$.warnings[0].severity").value("RECOMMENDATION"))
                .andExpect(jsonPath("$.warnings[0].code").value("R15c.short"))
                .andExpect(jsonPath("$.warnings[0].message").value(
                        "Avtalstiden är kortare än 3 år; minst tre år ger verksamheten ro att arbeta och implementera avtalet."));
    }

    @Test
    void warnsWhenATermWithSharedPremisesDoesNotFollowTheUsageRight() throws Exception {
        mvc.perform(post("/api/v1/rules/agreement-term").contentType(MediaType.APPLICATION_JSON).content("""
                        {"start":"2025-01-01","end":"2027-12-31","sharedPremises":true,"usageRightEnd":"2028-06-30",
                        "noticeMonths":3}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years").value(3))
                .andExpect(jsonPath("$.lastNoticeDay").value("2027-09-30"))
                .andExpect(jsonPath("$.warnings", hasSize(1)))
                .andExpect(jsonPath("$.warnings[0].code").value("R15c.follow-lease"))
                .andExpect(jsonPath("$.warnings[0].message", containsString("gemensam lokal")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # body                                                                                                   | years | months | days | last notice day
            {"start":"2025-01-01","end":"2027-12-31","sharedPremises":false}                                         | 3     | 0      | 0    | 2027-06-30
            {"start":"2025-01-01","end":"2028-06-30","sharedPremises":true,"usageRightEnd":"2028-06-30"}             | 3     | 6      | 0    | 2027-12-31
            {"start":"2025-01-01","end":"2027-12-31","sharedPremises":true,"usageRightEnd":"2031-12-31"}             | 3     | 0      | 0    | 2027-06-30
            {"start":"2025-01-01","end":"2027-12-31","sharedPremises":true}                                          | 3     | 0      | 0    | 2027-06-30
            {"start":"2025-03-15","end":"2028-06-14","sharedPremises":false,"noticeMonths":null}                     | 3     | 3      | 0    | 2027-12-14
            """)
    void noWarningsForATermAsTheAgreementRecommends(String body, int years, int months, int days,
                                                    String lastNoticeDay) throws Exception {
        mvc.perform(post("/api/v1/rules/agreement-term").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years").value(years))
                .andExpect(jsonPath("$.months").value(months))
                .andExpect(jsonPath("$.days").value(days))
                .andExpect(jsonPath("$.lastNoticeDay").value(lastNoticeDay))
                .andExpect(jsonPath("$.warnings", hasSize(0)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            usage-right-notice | {"months":6}                                                         | noticeDate      | saknas; ange ett datum
            usage-right-notice | {"noticeDate":"","months":6}                                         | noticeDate      | saknas; ange ett datum
            usage-right-notice | {"noticeDate":"2026-13-01","months":6}                               | noticeDate      | "2026-13-01" är inte ett datum
            usage-right-notice | {"noticeDate":"2026-02-30"}                                          | noticeDate      | "2026-02-30" är inte ett datum
            usage-right-notice | {"noticeDate":"10/03/2026"}                                          | noticeDate      | är inte ett datum
            usage-right-notice | {"noticeDate":20260310}                                              | noticeDate      | "20260310" är inte ett datum
            usage-right-notice | {"noticeDate":"+10000-01-01"}                                        | noticeDate      | mellan 0001-01-01 och 9999-12-31
            usage-right-notice | {"noticeDate":"-0001-01-01"}                                         | noticeDate      | mellan 0001-01-01 och 9999-12-31
            usage-right-notice | {"noticeDate":"2026-03-10","months":0}                               | months          | från 1 till 120
            usage-right-notice | {"noticeDate":"2026-03-10","months":-1}                              | months          | från 1 till 120
            usage-right-notice | {"noticeDate":"2026-03-10","months":121}                             | months          | från 1 till 120
            usage-right-notice | {"noticeDate":"2026-03-10","months":6.5}                             | months          | 6.5 månader går inte
            usage-right-notice | {"noticeDate":"2026-03-10","months":99999999999}                     | months          | 99999999999 månader går inte
            usage-right-notice | {"noticeDate":"2026-03-10","months":1e400}                           | months          | från 1 till 120
            agreement-term     | {"end":"2026-12-31","sharedPremises":false}                          | start           | saknas; ange ett datum
            agreement-term     | {"start":"2025-01-01","sharedPremises":false}                        | end             | saknas; ange ett datum
            agreement-term     | {"start":"2025-01-01","end":"2026-12-31"}                            | sharedPremises  | saknas; ange true eller false
            agreement-term     | {"start":"2025-01-01","end":"2026-12-31","sharedPremises":null}      | sharedPremises  | saknas; ange true eller false
            agreement-term     | {"start":"2026-13-01","end":"2026-12-31","sharedPremises":false}     | start           | "2026-13-01" är inte ett datum
            agreement-term     | {"start":"2025-01-01","end":"2026-12-32","sharedPremises":false}     | end             | "2026-12-32" är inte ett datum
            agreement-term     | {"start":"2025-01-01","end":"2024-12-31","sharedPremises":false}     | end             | slutdatumet 2024-12-31 ligger före startdatumet 2025-01-01
            agreement-term     | {"start":"2025-01-01","end":"2027-12-31","sharedPremises":true,"usageRightEnd":"snart"} | usageRightEnd | "snart" är inte ett datum
            agreement-term     | {"start":"2025-01-01","end":"2027-12-31","sharedPremises":false,"noticeMonths":0}   | noticeMonths  | från 1 till 120
            agreement-term     | {"start":"2025-01-01","end":"2027-12-31","sharedPremises":false,"noticeMonths":121} | noticeMonths  | från 1 till 120
            """)
    void answersBadTermsAndNoticesWithSwedishFieldProblems(String endpoint, String body, String field, String message)
            throws Exception {
        mvc.perform(post("/api/v1/rules/" + endpoint).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Felaktig begäran"))
                .andExpect(jsonPath("$.detail", containsString(field + ": ")))
                .andExpect(jsonPath("$.detail", containsString(message)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message", containsString(message)));
    }

    @Test
    void listsEveryProblemOfARequestAtItsField() throws Exception {
        mvc.perform(post("/api/v1/rules/agreement-term").contentType(MediaType.APPLICATION_JSON).content("""
                        {"start":"2026-13-01","noticeMonths":200}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.contains("start", "end", "noticeMonths", "sharedPremises")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            usage-right-notice | {"noticeDate":"2026-03-10","months":"sex"}                          | months
            usage-right-notice | {"noticeDate":"2026-03-10","months":{}}                             | months
            usage-right-notice | {"noticeDate":"2026-03-10","months":true}                           | months
            usage-right-notice | {"noticeDate":{"day":10},"months":6}                                | noticeDate
            usage-right-notice | {"noticeDate":["2026-03-10"]}                                       | noticeDate
            agreement-term     | {"start":"2025-01-01","end":"2026-12-31","sharedPremises":"ja"}     | sharedPremises
            agreement-term     | {"start":"2025-01-01","end":"2026-12-31","sharedPremises":1.5}      | sharedPremises
            agreement-term     | {"start":"2025-01-01","end":"2026-12-31","sharedPremises":false,"noticeMonths":"x"} | noticeMonths
            agreement-term     | {"start":[],"end":"2026-12-31","sharedPremises":false}              | start
            usage-right-notice | {"noticeDate":                                                      | inte giltig JSON
            agreement-term     | inte json                                                           | inte giltig JSON
            agreement-term     | [1, 2]                                                              | ska vara ett JSON-objekt
            usage-right-notice | "2026-03-10"                                                        | ska vara ett JSON-objekt
            usage-right-notice | null                                                                | saknar innehåll
            """)
    void answersBodiesOfTheWrongShapeWithASwedishProblem(String endpoint, String body, String detail)
            throws Exception {
        mvc.perform(post("/api/v1/rules/" + endpoint).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Felaktig begäran"))
                .andExpect(jsonPath("$.detail", containsString(detail)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"usage-right-notice", "agreement-term", "cost-split"})
    void answersAnEmptyBodyToTheAgreementEndpoints(String endpoint) throws Exception {
        mvc.perform(post("/api/v1/rules/" + endpoint).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("saknar innehåll")));
    }

    @Test
    void publishesAnOpenApiDescriptionOfTheRulesApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/rules/classification'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/rules/regional-agreement'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/rules/usage-right-notice'].post.summary")
                        .value("När ett uppsagt nyttjanderättsavtal upphör"))
                .andExpect(jsonPath("$.paths['/api/v1/rules/agreement-term'].post.summary")
                        .value("Pröva ett lokalt samverkansavtals avtalstid"))
                .andExpect(jsonPath("$.paths['/api/v1/rules/cost-split'].post.summary")
                        .value("Dela en gemensam kostnad mellan basverksamheterna"));
    }

    @Test
    void splitsTheIssuesExampleToTheOre() throws Exception {
        mvc.perform(post("/api/v1/rules/cost-split").contentType(MediaType.APPLICATION_JSON).content("""
                        {"total":"100000.00","operations":["CHILD_HEALTH","OPEN_PRESCHOOL","PREVENTIVE_SOCIAL_SERVICES"],"payer":"OPEN_PRESCHOOL"}
                        """))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value("100000.00"))
                .andExpect(jsonPath("$.payer").value("OPEN_PRESCHOOL"))
                .andExpect(jsonPath("$.ruleIds").value(org.hamcrest.Matchers.contains("R14a", "R14c")))
                .andExpect(jsonPath("$.shares", hasSize(3)))
                .andExpect(jsonPath("$.shares[0].operation").value("CHILD_HEALTH"))
                .andExpect(jsonPath("$.shares[0].share").value("33333.33"))
                .andExpect(jsonPath("$.shares[0].owesPayer").value("33333.33"))
                .andExpect(jsonPath("$.shares[1].operation").value("OPEN_PRESCHOOL"))
                .andExpect(jsonPath("$.shares[1].share").value("33333.34"))
                .andExpect(jsonPath("$.shares[1].owesPayer").value("0.00"))
                .andExpect(jsonPath("$.shares[2].operation").value("PREVENTIVE_SOCIAL_SERVICES"))
                .andExpect(jsonPath("$.shares[2].share").value("33333.33"))
                .andExpect(jsonPath("$.shares[2].owesPayer").value("33333.33"));
    }

    @Test
    void splitsByTheLocalAgreementsKey() throws Exception {
        mvc.perform(post("/api/v1/rules/cost-split").contentType(MediaType.APPLICATION_JSON).content("""
                        {"total":"100000.00","operations":["CHILD_HEALTH","OPEN_PRESCHOOL","PREVENTIVE_SOCIAL_SERVICES"],
                        "payer":"OPEN_PRESCHOOL","key":{"CHILD_HEALTH":"1","OPEN_PRESCHOOL":"1","PREVENTIVE_SOCIAL_SERVICES":"2"}}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value("100000.00"))
                .andExpect(jsonPath("$.ruleIds").value(org.hamcrest.Matchers.contains("R14b", "R14c")))
                .andExpect(jsonPath("$.shares[*].operation").value(org.hamcrest.Matchers.contains(
                        "CHILD_HEALTH", "OPEN_PRESCHOOL", "PREVENTIVE_SOCIAL_SERVICES")))
                .andExpect(jsonPath("$.shares[*].share").value(org.hamcrest.Matchers.contains(
                        "25000.00", "25000.00", "50000.00")))
                .andExpect(jsonPath("$.shares[*].owesPayer").value(org.hamcrest.Matchers.contains(
                        "25000.00", "0.00", "50000.00")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # total, operations and payer                                                                | total            | shares
            "total":"100000"                                                                             | 100000.00        | 33333.33 33333.34 33333.33
            "total":100000                                                                               | 100000.00        | 33333.33 33333.34 33333.33
            "total":"100000.5"                                                                           | 100000.50        | 33333.50 33333.50 33333.50
            "total":"100000.50"                                                                          | 100000.50        | 33333.50 33333.50 33333.50
            "total":100000.5                                                                             | 100000.50        | 33333.50 33333.50 33333.50
            "total":100000.50                                                                            | 100000.50        | 33333.50 33333.50 33333.50
            "total":"0"                                                                                  | 0.00             | 0.00 0.00 0.00
            "total":0.02                                                                                 | 0.02             | 0.01 0.01 0.00
            "total":"1000000000000.00"                                                                   | 1000000000000.00 | 333333333333.33 333333333333.34 333333333333.33
            "total":1000000000000                                                                        | 1000000000000.00 | 333333333333.33 333333333333.34 333333333333.33
            "total":"100.00","key":{"CHILD_HEALTH":1,"OPEN_PRESCHOOL":1,"PREVENTIVE_SOCIAL_SERVICES":1}   | 100.00           | 33.33 33.34 33.33
            "total":"100.00","key":{"CHILD_HEALTH":0.5,"OPEN_PRESCHOOL":"0","PREVENTIVE_SOCIAL_SERVICES":"1.5"} | 100.00      | 25.00 0.00 75.00
            """)
    void acceptsATotalAsTextOrNumberWithAtMostTwoDecimals(String fields, String total, String shares)
            throws Exception {
        mvc.perform(post("/api/v1/rules/cost-split").contentType(MediaType.APPLICATION_JSON).content("{" + fields
                        + ",\"operations\":[\"CHILD_HEALTH\",\"OPEN_PRESCHOOL\",\"PREVENTIVE_SOCIAL_SERVICES\"],"
                        + "\"payer\":\"OPEN_PRESCHOOL\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(total))
                .andExpect(jsonPath("$.shares[*].share").value(org.hamcrest.Matchers.contains(shares.split(" "))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # body                                                                                                             | field                              | message
            {"total":"-1","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                               | total                              | beloppet får inte vara negativt
            {"total":-0.01,"operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                              | total                              | beloppet får inte vara negativt
            {"total":"-99999999999999999999","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                            | total                              | beloppet får inte vara negativt
            {"total":"abc","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                              | total                              | "abc" är inte ett belopp
            {"total":"1,5","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                              | total                              | "1,5" är inte ett belopp
            {"total":"1.234","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                            | total                              | "1.234" är inte ett belopp
            {"total":1.234,"operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                              | total                              | "1.234" är inte ett belopp
            {"total":1e3,"operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                                | total                              | är inte ett belopp
            {"total":"1.","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                               | total                              | "1." är inte ett belopp
            {"total":".5","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                               | total                              | ".5" är inte ett belopp
            {"total":true,"operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                               | total                              | "true" är inte ett belopp
            {"total":"1000000000000.01","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                 | total                              | högst 1 000 000 000 000,00 kronor
            {"total":"99999999999999999999","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                             | total                              | högst 1 000 000 000 000,00 kronor
            {"operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                                            | total                              | saknas; ange beloppet
            {"total":null,"operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                               | total                              | saknas; ange beloppet
            {"total":"","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                                 | total                              | saknas; ange beloppet
            {"total":"100","operations":[],"payer":"CHILD_HEALTH"}                                                            | operations                         | saknas; ange minst en basverksamhet
            {"total":"100","payer":"CHILD_HEALTH"}                                                                            | operations                         | saknas; ange minst en basverksamhet
            {"total":"100","operations":["CHILD_HEALTH","DAYCARE"],"payer":"CHILD_HEALTH"}                                    | operations[1]                      | okänd basverksamhet "DAYCARE"
            {"total":"100","operations":["CHILD_HEALTH",null],"payer":"CHILD_HEALTH"}                                         | operations[1]                      | saknas
            {"total":"100","operations":["CHILD_HEALTH","OPEN_PRESCHOOL","CHILD_HEALTH"],"payer":"CHILD_HEALTH"}              | operations[2]                      | CHILD_HEALTH förekommer mer än en gång
            {"total":"100","operations":["CHILD_HEALTH"]}                                                                     | payer                              | saknas; ange den basverksamhet som har betalat
            {"total":"100","operations":["CHILD_HEALTH"],"payer":""}                                                          | payer                              | saknas; ange den basverksamhet som har betalat
            {"total":"100","operations":["CHILD_HEALTH"],"payer":"BANK"}                                                      | payer                              | okänd basverksamhet "BANK"
            {"total":"100","operations":["CHILD_HEALTH"],"payer":"MIDWIFE_CLINIC"}                                            | payer                              | MIDWIFE_CLINIC finns inte i operations
            {"total":"100","operations":["CHILD_HEALTH","OPEN_PRESCHOOL"],"payer":"CHILD_HEALTH","key":{"CHILD_HEALTH":"1"}}  | key.OPEN_PRESCHOOL                 | saknas; nyckeln ska ange en vikt för varje basverksamhet
            {"total":"100","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH","key":{}}                                   | key.CHILD_HEALTH                   | saknas; nyckeln ska ange en vikt för varje basverksamhet
            {"total":"100","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH","key":{"CHILD_HEALTH":"-1"}}                  | key.CHILD_HEALTH                   | en vikt får inte vara negativ
            {"total":"100","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH","key":{"CHILD_HEALTH":-0.5}}                  | key.CHILD_HEALTH                   | en vikt får inte vara negativ
            {"total":"100","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH","key":{"CHILD_HEALTH":"två"}}                 | key.CHILD_HEALTH                   | "två" är inte en vikt
            {"total":"100","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH","key":{"CHILD_HEALTH":"1,5"}}                 | key.CHILD_HEALTH                   | "1,5" är inte en vikt
            {"total":"100","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH","key":{"CHILD_HEALTH":null}}                  | key.CHILD_HEALTH                   | "null" är inte en vikt
            {"total":"100","operations":["CHILD_HEALTH","OPEN_PRESCHOOL"],"payer":"CHILD_HEALTH","key":{"CHILD_HEALTH":0,"OPEN_PRESCHOOL":"0.00"}} | key | minst en vikt ska vara större än noll
            {"total":"100","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH","key":{"CHILD_HEALTH":1,"BANK":1}}            | key.BANK                           | okänd basverksamhet "BANK"
            {"total":"100","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH","key":{"CHILD_HEALTH":1,"MIDWIFE_CLINIC":1}}  | key.MIDWIFE_CLINIC                 | MIDWIFE_CLINIC finns inte i operations
            """)
    void answersABadCostSplitWithASwedishFieldProblem(String body, String field, String message) throws Exception {
        mvc.perform(post("/api/v1/rules/cost-split").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Felaktig begäran"))
                .andExpect(jsonPath("$.detail", containsString(field + ": ")))
                .andExpect(jsonPath("$.detail", containsString(message)))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message", containsString(message)));
    }

    @Test
    void listsEveryProblemOfACostSplitAtItsField() throws Exception {
        mvc.perform(post("/api/v1/rules/cost-split").contentType(MediaType.APPLICATION_JSON).content("""
                        {"total":"-5","operations":["DAYCARE"],"key":{"CHILD_HEALTH":"x"}}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.contains("total", "operations[0]", "payer", "key.CHILD_HEALTH")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"total":{},"operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                                   | Fältet total har fel typ
            {"total":["100"],"operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH"}                              | Fältet total har fel typ
            {"total":"100","operations":"CHILD_HEALTH","payer":"CHILD_HEALTH"}                                  | Fältet operations har fel typ
            {"total":"100","operations":[["CHILD_HEALTH"]],"payer":"CHILD_HEALTH"}                              | ska vara ett JSON-objekt
            {"total":"100","operations":["CHILD_HEALTH"],"payer":["CHILD_HEALTH"]}                              | Fältet payer har fel typ
            {"total":"100","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH","key":[1]}                      | Fältet key har fel typ
            {"total":"100","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH","key":{"CHILD_HEALTH":{}}}      | Fältet key.CHILD_HEALTH har fel typ
            {"total":"100","operations":["CHILD_HEALTH"],"payer":"CHILD_HEALTH","key":"1:1"}                    | Fältet key har fel typ
            {"total":"100","operations":[                                                                       | inte giltig JSON
            total=100&payer=CHILD_HEALTH                                                                        | inte giltig JSON
            [1, 2]                                                                                              | ska vara ett JSON-objekt
            "100000.00"                                                                                         | ska vara ett JSON-objekt
            null                                                                                                | saknar innehåll
            """)
    void answersACostSplitOfTheWrongShapeWithASwedishProblem(String body, String detail) throws Exception {
        mvc.perform(post("/api/v1/rules/cost-split").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Felaktig begäran"))
                .andExpect(jsonPath("$.detail", containsString(detail)));
    }

    @Test
    void checksTheIssuesIdentityNumbersAndSaysInSwedishWhyOneIsNotValid() throws Exception {
        mvc.perform(post("/api/v1/rules/identity-number").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":\"19121212-1212\"}"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"valid":true,"kind":"PERSONNUMMER","normalised":"191212121212","birthDate":"1912-12-12"}
                        """, org.springframework.test.json.JsonCompareMode.STRICT));
        mvc.perform(post("/api/v1/rules/identity-number").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":\"701063-2391\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("SAMORDNINGSNUMMER"))
                .andExpect(jsonPath("$.normalised").value("197010632391"))
                .andExpect(jsonPath("$.birthDate").value("1970-10-03"));
        mvc.perform(post("/api/v1/rules/identity-number").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":\"19121212-1213\"}"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"valid":false,"reason":"Kontrollsiffran stämmer inte. Kontrollera att numret är rätt skrivet."}
                        """, org.springframework.test.json.JsonCompareMode.STRICT));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "{\"value\":\"  \"}", "{\"value\":null}"})
    void answersAnIdentityNumberRequestWithoutANumberWithAFieldProblem(String body) throws Exception {
        mvc.perform(post("/api/v1/rules/identity-number").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value("saknas."));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"value\":", "[\"19121212-1212\"]", "{\"value\":{}}"})
    void answersMalformedIdentityNumberJsonWith400(String body) throws Exception {
        mvc.perform(post("/api/v1/rules/identity-number").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Felaktig begäran"));
    }
}
