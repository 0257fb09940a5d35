package se.samverka.directory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The public directory on a real PostgreSQL, as an anonymous visitor: only centres the agreement covers, in Swedish
 * and English at their own addresses, without a session or a cookie, cacheable.
 */
@IntegrationTest
class DirectoryTest {

    private static final String TIDAHOLM = "1498";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JsonMapper json;

    @Test
    void findsTheCoveredCentresOfAMunicipalityAndNotTheOthers() throws Exception {
        Fixtures.Centre family = fixtures.centre(TIDAHOLM, false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        Fixtures.Centre like = fixtures.centre(TIDAHOLM, false, MIDWIFE_CLINIC, false, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        Fixtures.Centre notCovered = fixtures.centre(TIDAHOLM, false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);

        String page = page("/hitta?kommun=" + TIDAHOLM);
        assertThat(page).contains("<html lang=\"sv\"", "Hitta en familjecentral", family.name(), like.name(),
                "/hitta/" + family.id(), "Här finns: barnmorskemottagning, barnhälsovård, öppen förskola, "
                        + "förebyggande socialtjänst.", "2 familjecentraler matchar sökningen")
                .doesNotContain(notCovered.name(), "familjecentralsliknande");
        mvc.perform(get("/hitta/" + notCovered.id())).andExpect(status().isNotFound());
        mvc.perform(get("/hitta/abc")).andExpect(status().isNotFound());
        mvc.perform(get("/hitta/99999999999")).andExpect(status().isNotFound());

        assertThat(page("/hitta?namn=" + family.name().substring(0, family.name().length() - 1) + "&kommun="
                + TIDAHOLM)).contains(family.name());
        assertThat(page("/hitta?kommun=9999")).contains("Kommunen finns inte i listan", "Tidaholm: ");
        assertThat(page("/hitta?namn=" + "x".repeat(101))).contains("Skriv högst 100 tecken");
        assertThat(page("/hitta?kommun=" + TIDAHOLM + "&namn=finns-inte-alls"))
                .contains("Ingen familjecentral matchar sökningen.");
    }

    @Test
    void beforeASearchTheMunicipalitiesWithFamilyCentresAreListedAndANewCentreShowsAtOnce() throws Exception {
        String before = page("/hitta?kommun=" + TIDAHOLM);
        Fixtures.Centre centre = fixtures.centre(TIDAHOLM, false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        assertThat(before).doesNotContain(centre.name());
        assertThat(page("/hitta?kommun=" + TIDAHOLM)).contains(centre.name());
        mvc.perform(get("/hitta/" + centre.id())).andExpect(status().isOk());

        String overview = page("/hitta");
        assertThat(overview).contains("i Västra Götaland", "Välj din kommun", "href=\"/hitta?kommun=" + TIDAHOLM + "\"",
                "Tidaholm: ").doesNotContain(centre.name());
        assertThat(page("/en/hitta")).contains("family centres in Västra Götaland", "Tidaholm: ",
                "href=\"/en/hitta?kommun=" + TIDAHOLM + "\"");
    }

    @Test
    void aCentresPageSaysWhatIsThereAndWhatCooperatesFromElsewhereInBothLanguages() throws Exception {
        Fixtures.Centre centre = fixtures.centre(TIDAHOLM, false, MIDWIFE_CLINIC, false, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);

        String swedish = page("/hitta/" + centre.id());
        assertThat(swedish).contains("<html lang=\"sv\"", centre.name(), "En familjecentral i Tidaholm.",
                "Barnhälsovården (BVC) följer barnets hälsa", "Samarbetar från en annan adress",
                "Barnmorskemottagningen tar hand om dig under graviditeten",
                "hreflang=\"en\" href=\"http://localhost/en/hitta/" + centre.id() + "\"", ">English</a>");
        String english = page("/en/hitta/" + centre.id());
        assertThat(english).contains("<html lang=\"en\"", "A family centre in Tidaholm.",
                "Child health care (BVC) follows the child", "Working with the centre from another address",
                "hreflang=\"sv\" href=\"http://localhost/hitta/" + centre.id() + "\"", ">Svenska</a>",
                "href=\"/en/hitta\"").doesNotContain("Barnhälsovården");

        JsonNode data = json.readTree(structuredData(english));
        assertThat(data.get("@type").asString()).isEqualTo("GovernmentService");
        assertThat(data.get("name").asString()).isEqualTo(centre.name());
        assertThat(data.get("inLanguage").asString()).isEqualTo("en");
        assertThat(data.get("serviceType").asString()).isEqualTo("Family centre");
        JsonNode address = data.get("availableChannel").get("serviceLocation").get("address");
        assertThat(address.get("@type").asString()).isEqualTo("PostalAddress");
        assertThat(address.get("addressCountry").asString()).isEqualTo("SE");
        assertThat(json.readTree(structuredData(swedish)).get("serviceType").asString()).isEqualTo("Familjecentral");
    }

    @Test
    void anAnonymousVisitorGetsNoSessionOrCookieAndCacheablePages() throws Exception {
        Fixtures.Centre centre = fixtures.centre(TIDAHOLM, false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        for (String path : new String[]{"/hitta", "/en/hitta", "/hitta/" + centre.id(), "/en/hitta/" + centre.id()}) {
            MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            assertThat(result.getResponse().getHeaders("Set-Cookie")).as(path).isEmpty();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
            assertThat(result.getResponse().getHeader("Cache-Control")).as(path).isEqualTo("public, max-age=300");
            String etag = result.getResponse().getHeader("ETag");
            assertThat(etag).as(path).isNotBlank();
            mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
            assertThat(result.getResponse().getHeader("Permissions-Policy")).contains("geolocation=(self)");
        }
        mvc.perform(get("/en")).andExpect(status().is3xxRedirection());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String structuredData(String page) {
        Matcher matcher = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
