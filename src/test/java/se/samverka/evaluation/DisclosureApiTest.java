package se.samverka.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.samverka.support.IntegrationTest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/v1/rules/disclosure: R13a–R13c decided from what the client states, with Swedish reasons. */
@IntegrationTest
class DisclosureApiTest {

    /** The issue's example: BVC to social services, health information, a child in joint custody. */
    private static final String EXAMPLE = """
            {"on":"2026-12-02","from":"CHILD_HEALTH","to":"PREVENTIVE_SOCIAL_SERVICES","informationKind":"HEALTH",
             "subjectIsChild":true,"jointCustody":true,
             "consents":[{"from":["CHILD_HEALTH"],"to":["PREVENTIVE_SOCIAL_SERVICES"],
                          "informationKinds":["HEALTH","SOCIAL_CIRCUMSTANCES"],"givenBy":["CUSTODIAN_1","CUSTODIAN_2"],
                          "validFrom":"2026-06-01","validTo":"2027-05-31","withdrawnOn":null}],
             "secrecyBreakingRule":null}
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void allowsTheIssuesExampleOnTheConsent() throws Exception {
        decide(EXAMPLE)
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"on":"2026-12-02","allowed":true,"basis":"CONSENT","ruleIds":["R13a","R13c"],
                         "reasons":[{"ruleId":"R13c","code":"consent-covers","consent":0,
                                     "message":"Samtycke 1 gäller 2026-06-01–2027-05-31 och omfattar uppgifter om hälsa från barnhälsovård till förebyggande socialtjänst."}]}
                        """, JsonCompareMode.STRICT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                         | change to the example                                    | code                        | message
            the day after its last day     | "on":"2026-12-02" → "on":"2027-06-01"                     | consent.expired             | Samtycke 1 gällde till och med 2027-05-31; det har upphört.
            before its first day           | "on":"2026-12-02" → "on":"2026-05-31"                     | consent.not-yet-valid       | Samtycke 1 gäller först från 2026-06-01.
            withdrawn on the day           | "withdrawnOn":null → "withdrawnOn":"2026-12-02"           | consent.withdrawn           | Samtycke 1 återkallades 2026-12-02; det gäller inte för utlämnanden från den dagen.
            to another operation           | "to":"PREVENTIVE_SOCIAL_SERVICES","informationKind" → "to":"OPEN_PRESCHOOL","informationKind" | consent.to-not-covered | Samtycke 1 omfattar inte att barnhälsovård lämnar uppgifter till öppen förskola.
            another kind of information    | "informationKind":"HEALTH" → "informationKind":"CONTACT_DETAILS" | consent.kind-not-covered | Samtycke 1 omfattar inte kontaktuppgifter.
            one custodian of two           | "givenBy":["CUSTODIAN_1","CUSTODIAN_2"] → "givenBy":["CUSTODIAN_1"] | consent.custodian-2-missing | Samtycke 1 saknar vårdnadshavare 2; vid gemensam vårdnad krävs båda vårdnadshavarnas samtycke.
            an adult who did not give it   | "subjectIsChild":true → "subjectIsChild":false            | consent.self-missing        | Samtycke 1 är inte lämnat av personen själv; en vuxen lämnar sitt eget samtycke.
            """)
    void refusesWithASwedishReasonPerFailedCondition(String description, String change, String code, String message)
            throws Exception {
        String[] parts = change.split(" → ");
        decide(EXAMPLE.replace(parts[0], parts[1]))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.basis").isEmpty())
                .andExpect(jsonPath("$.reasons", hasSize(1)))
                .andExpect(jsonPath("$.reasons[0].code").value(code))
                .andExpect(jsonPath("$.reasons[0].message").value(message));
    }

    @Test
    void refusesWithoutConsentOrRule() throws Exception {
        decide(withoutConsents(EXAMPLE))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"on":"2026-12-02","allowed":false,"basis":null,"ruleIds":["R13a"],
                         "reasons":[{"ruleId":"R13a","code":"no-consent",
                                     "message":"Det finns inget samtycke och ingen sekretessbrytande regel. Uppgifterna får inte lämnas till förebyggande socialtjänst."}]}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void allowsASecrecyBreakingRuleWithItsReasonAndRefusesOneWithout() throws Exception {
        String withRule = EXAMPLE.replace("\"secrecyBreakingRule\":null",
                "\"secrecyBreakingRule\":{\"code\":\"OSL_10_28\",\"reason\":\"Orosanmälan: barnet kan fara illa\"}");
        decide(withoutConsents(withRule))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"on":"2026-12-02","allowed":true,"basis":"SECRECY_BREAKING_RULE","ruleIds":["R13a"],
                         "reasons":[{"ruleId":"R13a","code":"secrecy-breaking-rule",
                                     "message":"Uppgifterna lämnas med stöd av en sekretessbrytande regel (OSL 10 kap. 28 §), med skälet i det enskilda fallet angivet."}]}
                        """, JsonCompareMode.STRICT));
        decide(withRule.replace("Orosanmälan: barnet kan fara illa", "  "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reasons[0].message").value("En sekretessbrytande regel (OSL 10 kap. 28 §) får "
                        + "bara användas med skälet i det enskilda fallet; ange skälet."));
    }

    @Test
    void listsTheGapsOfEveryConsentWithItsIndex() throws Exception {
        String two = EXAMPLE.replace("\"withdrawnOn\":null}]", "\"withdrawnOn\":\"2026-10-01\"},"
                + "{\"from\":[\"MIDWIFE_CLINIC\"],\"to\":[\"PREVENTIVE_SOCIAL_SERVICES\"],\"informationKinds\":[\"OTHER\"],"
                + "\"givenBy\":[\"CUSTODIAN_1\"],\"validFrom\":\"2026-01-01\",\"validTo\":\"2026-12-31\"}]");
        decide(two)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.ruleIds").value(contains("R13a", "R13c")))
                .andExpect(jsonPath("$.reasons[*].code").value(contains("consent.withdrawn", "consent.from-not-covered",
                        "consent.kind-not-covered", "consent.custodian-2-missing")))
                .andExpect(jsonPath("$.reasons[*].consent").value(contains(0, 1, 1, 1)))
                .andExpect(jsonPath("$.reasons[1].message").value(
                        "Samtycke 2 omfattar inte att barnhälsovård lämnar uppgifter."));
    }

    @Test
    void decidesTodayWhenNoDayIsGiven() throws Exception {
        decide(EXAMPLE.replace("\"on\":\"2026-12-02\",", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.on").value("2026-12-02"))
                .andExpect(jsonPath("$.allowed").value(true));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            "from":"CHILD_HEALTH"                          | "from":"BVC"                                   | from                             | okänt värde "BVC". Tillåtna värden: MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES.
            "to":"PREVENTIVE_SOCIAL_SERVICES","informationKind" | "to":"CHILD_HEALTH","informationKind"     | to                               | ska vara en annan basverksamhet än from
            "to":"PREVENTIVE_SOCIAL_SERVICES","informationKind" | "informationKind"                         | to                               | saknas.
            "informationKind":"HEALTH"                     | "informationKind":"DNA"                        | informationKind                  | okänt värde "DNA". Tillåtna värden: HEALTH, SOCIAL_CIRCUMSTANCES, CONTACT_DETAILS, OTHER.
            "on":"2026-12-02"                              | "on":"2026-02-30"                              | on                               | "2026-02-30" är inte ett datum
            "subjectIsChild":true,                         | ''                                             | subjectIsChild                   | saknas; ange true eller false.
            "jointCustody":true,                           | ''                                             | jointCustody                     | ange true eller false för om barnet har gemensam vårdnad
            "givenBy":["CUSTODIAN_1","CUSTODIAN_2"]        | "givenBy":[]                                   | consents[0].givenBy              | ange en lista med minst ett värde
            "givenBy":["CUSTODIAN_1","CUSTODIAN_2"]        | "givenBy":["CUSTODIAN_1","MORMOR"]             | consents[0].givenBy[1]           | okänt värde "MORMOR". Tillåtna värden: SELF, CUSTODIAN_1, CUSTODIAN_2.
            "informationKinds":["HEALTH","SOCIAL_CIRCUMSTANCES"] | "informationKinds":null                  | consents[0].informationKinds     | ange en lista med minst ett värde
            "validTo":"2027-05-31"                         | "validTo":"2026-05-31"                         | consents[0].validTo              | sista giltighetsdagen 2026-05-31 ligger före den första, 2026-06-01.
            "validFrom":"2026-06-01",                      | ''                                             | consents[0].validFrom            | saknas; ange ett datum ÅÅÅÅ-MM-DD.
            "withdrawnOn":null                             | "withdrawnOn":"igår"                           | consents[0].withdrawnOn          | "igår" är inte ett datum
            "secrecyBreakingRule":null                     | "secrecyBreakingRule":{"code":"OSL_99_1","reason":"x"} | secrecyBreakingRule.code | okänt värde "OSL_99_1". Tillåtna värden: OSL_10_2, OSL_10_21, OSL_10_28, OSL_25_12, OSL_26_9.
            "secrecyBreakingRule":null                     | "secrecyBreakingRule":{"reason":"x"}           | secrecyBreakingRule.code         | saknas.
            """)
    void answersBadInputWithASwedishFieldProblem(String from, String to, String field, String message)
            throws Exception {
        decide(EXAMPLE.replace(from, to))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Felaktig begäran"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message", containsString(message)));
    }

    @Test
    void refusesAReasonLongerThanAnyCaseNeedsAndTooManyConsents() throws Exception {
        decide(EXAMPLE.replace("\"secrecyBreakingRule\":null",
                "\"secrecyBreakingRule\":{\"code\":\"OSL_10_2\",\"reason\":\"" + "x".repeat(4001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("secrecyBreakingRule.reason"))
                .andExpect(jsonPath("$.errors[0].message").value("får vara högst 4000 tecken."));
        String consent = EXAMPLE.substring(EXAMPLE.indexOf("{\"from\""), EXAMPLE.indexOf("}]") + 1);
        decide(EXAMPLE.replace(consent, String.join(",", java.util.Collections.nCopies(101, consent))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consents"))
                .andExpect(jsonPath("$.errors[0].message").value("högst 100 samtycken kan prövas i en begäran."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"from":                                     | inte giltig JSON
            {"from":["CHILD_HEALTH"]}                    | Fältet from har fel typ
            {"consents":{}}                              | Fältet consents har fel typ
            {"subjectIsChild":"ja"}                      | subjectIsChild
            [1]                                          | ska vara ett JSON-objekt
            """)
    void answersMalformedJsonWithAProblem(String body, String detail) throws Exception {
        decide(body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString(detail)));
    }

    private static String withoutConsents(String body) {
        return body.replaceAll("(?s),\\s*\"consents\":\\[.*?}]", "");
    }

    private ResultActions decide(String body) throws Exception {
        return mvc.perform(post("/api/v1/rules/disclosure").contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
