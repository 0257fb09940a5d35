package se.samverka.directory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.samverka.centre.Address;
import se.samverka.centre.CentreDescription;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.UnitParticipation;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.rules.BaseOperation;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * The directory's open data as an anonymous client: HSDS 3.0 JSON that the standard's schemas (in
 * src/test/resources/hsds) accept, only covered centres and only what they published, the same as CSV, and the
 * sitemap; no session, no cookie, cacheable, readable from any origin. The test clock stands on Wednesday
 * 2 December 2026 at 10.00, Swedish winter time (UTC+1).
 */
@IntegrationTest
class HsdsApiTest {

    private static final String BENGTSFORS = "1460";
    private static final List<String> LISTS = List.of("organizations", "services", "locations",
            "service_at_locations", "schedules");
    private static final Map<String, String> SCHEMA = Map.of("organizations", "organization.json",
            "services", "service.json", "locations", "location.json",
            "service_at_locations", "service_at_location.json", "schedules", "schedule.json");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CentreRegistry registry;
    @Autowired
    JsonMapper json;

    private final Map<String, JsonNode> schemas = new HashMap<>();

    @Test
    void everyListAndObjectIsHsdsWithOnlyCoveredCentresAndOnlyWhatWasPublished() throws Exception {
        Fixtures.Centre published = publishedCentre();
        Fixtures.Centre bare = fixtures.centre(BENGTSFORS, false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        Fixtures.Centre notCovered = fixtures.centre(BENGTSFORS, false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);

        Map<String, List<JsonNode>> all = new HashMap<>();
        for (String list : LISTS) {
            List<JsonNode> items = everything(list);
            for (JsonNode item : items) {
                assertThat(problems(item, SCHEMA.get(list))).as(list + " " + item).isEmpty();
            }
            all.put(list, items);
            JsonNode one = items.getFirst();
            JsonNode fetched = body(mvc.perform(get("/api/v1/hsds/" + list + "/" + one.get("id").asString()))
                    .andExpect(status().isOk()).andReturn());
            assertThat(fetched).isEqualTo(one);
            String unknownId = UUID.randomUUID().toString();
            MockHttpServletResponse unknown = mvc.perform(get("/api/v1/hsds/" + list + "/" + unknownId))
                    .andExpect(status().isNotFound()).andReturn().getResponse();
            assertThat(unknown.getContentType()).isEqualTo("application/problem+json");
            JsonNode problem = json.readTree(unknown.getContentAsString(StandardCharsets.UTF_8));
            assertThat(problem.get("status").asInt()).isEqualTo(404);
            assertThat(problem.get("detail").asString()).as("what was sent is not echoed")
                    .startsWith("Det finns inget").doesNotContain(unknownId);
        }

        String organizationId = OpenDirectory.id("centre/" + published.id() + "/organization");
        assertThat(UUID.fromString(organizationId).version()).isEqualTo(5);
        JsonNode organization = body(mvc.perform(get("/api/v1/hsds/organizations/" + organizationId))
                .andExpect(status().isOk()).andReturn());
        assertThat(organization.get("name").asString()).isEqualTo(published.name());
        assertThat(organization.get("phones").get(0).get("number").asString()).isEqualTo("0580-123 45");
        assertThat(organization.get("description").asString()).startsWith("Familjecentral i Bengtsfors.");
        assertThat(names(all.get("organizations"))).contains(published.name(), bare.name())
                .doesNotContain(notCovered.name());
        assertThat(all.get("organizations").toString()).doesNotContain("0580-999 99", "familjecentralsliknande");
        assertThat(all.get("services").toString()).doesNotContain("0580-999 99", "Utkastets text",
                "familjecentralsliknande");

        JsonNode location = body(mvc.perform(get("/api/v1/hsds/locations/"
                + OpenDirectory.id("centre/" + published.id() + "/location"))).andReturn());
        JsonNode address = location.get("addresses").get(0);
        assertThat(address.get("address_1").asString()).isEqualTo("Storgatan 3");
        assertThat(address.get("postal_code").asString()).isEqualTo("666 30");
        assertThat(address.get("region").asString()).isEqualTo("Bengtsfors");
        assertThat(address.get("state_province").asString()).isEqualTo("Västra Götalands län");
        assertThat(location.get("latitude").asDouble()).isEqualTo(59.0323);
        assertThat(location.get("languages").toString()).contains("\"code\":\"ar\"", "arabiska");
        assertThat(location.get("accessibility").toString()).contains("Hörslinga");
        JsonNode open = location.get("schedules").get(0);
        assertThat(open.get("freq").asString()).isEqualTo("WEEKLY");
        assertThat(open.get("byday").asString()).isEqualTo("MO,TU,WE,TH,FR");
        assertThat(open.get("opens_at").asString()).isEqualTo("09:00+01:00");
        assertThat(open.get("closes_at").asString()).isEqualTo("16:00+01:00");

        JsonNode midwife = body(mvc.perform(get("/api/v1/hsds/services/"
                + OpenDirectory.id("centre/" + published.id() + "/service/MIDWIFE_CLINIC"))).andReturn());
        assertThat(midwife.get("status").asString()).isEqualTo("active");
        assertThat(midwife.get("description").asString()).startsWith("Samverkar med familjecentralen från en annan");
        assertThat(midwife.has("service_at_locations")).isFalse();
        JsonNode childHealth = body(mvc.perform(get("/api/v1/hsds/services/"
                + OpenDirectory.id("centre/" + published.id() + "/service/CHILD_HEALTH"))).andReturn());
        JsonNode phoneHours = childHealth.get("schedules").get(0);
        assertThat(phoneHours.get("byday").asString()).isEqualTo("MO,WE");
        assertThat(phoneHours.get("description").asString()).isEqualTo("Telefontid: Måndag, onsdag 08.00–09.00");
        assertThat(phoneHours.get("service_at_location_id").asString())
                .isEqualTo(childHealth.get("service_at_locations").get(0).get("id").asString());
        JsonNode preschool = body(mvc.perform(get("/api/v1/hsds/services/"
                + OpenDirectory.id("centre/" + published.id() + "/service/OPEN_PRESCHOOL"))).andReturn());
        JsonNode closed = preschool.get("schedules").get(0);
        assertThat(closed.get("valid_from").asString()).isEqualTo("2026-12-24");
        assertThat(closed.get("valid_to").asString()).isEqualTo("2027-01-06");
        assertThat(closed.get("description").asString()).isEqualTo("Stängt: Helgdag");
        assertThat(closed.has("opens_at")).isFalse();
        assertThat(preschool.get("description").asString()).isEqualTo("Sångstund varje onsdag.");

        JsonNode bareLocation = body(mvc.perform(get("/api/v1/hsds/locations/"
                + OpenDirectory.id("centre/" + bare.id() + "/location"))).andReturn());
        assertThat(bareLocation.has("schedules")).isFalse();
        assertThat(bareLocation.has("phones")).isFalse();
        assertThat(bareLocation.get("addresses").get(0).get("address_1").asString()).isEqualTo("Testgatan 1");
    }

    @Test
    void theSchemaCheckFindsAMissingRequiredFieldAndAWrongType() throws Exception {
        fixtures.centre(BENGTSFORS, false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        ObjectNode service = (ObjectNode) everything("services").getFirst();
        assertThat(problems(service, "service.json")).isEmpty();
        service.remove("status");
        assertThat(problems(service, "service.json")).containsExactly("service.json: status is required");
        ObjectNode location = (ObjectNode) everything("locations").getFirst();
        ((ObjectNode) location.get("addresses").get(0)).remove("country");
        location.put("location_type", "house");
        location.put("latitude", "59");
        assertThat(problems(location, "location.json")).contains("address.json: country is required",
                "location.json: location_type is not one of [physical, postal, virtual]",
                "location.json: latitude is not a number");
    }

    @Test
    void listsArePagedAndABadPageIsRefusedWithAProblem() throws Exception {
        fixtures.centre(BENGTSFORS, false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        JsonNode first = body(mvc.perform(get("/api/v1/hsds/services?per_page=2")).andExpect(status().isOk())
                .andReturn());
        long total = first.get("total_items").asLong();
        assertThat(total).isGreaterThanOrEqualTo(4);
        assertThat(first.get("total_pages").asLong()).isEqualTo((total + 1) / 2);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("first_page").asBoolean()).isTrue();
        assertThat(first.get("last_page").asBoolean()).isFalse();
        assertThat(first.get("empty").asBoolean()).isFalse();
        JsonNode second = body(mvc.perform(get("/api/v1/hsds/services?per_page=2&page=2")).andReturn());
        assertThat(second.get("page_number").asInt()).isEqualTo(2);
        assertThat(second.get("first_page").asBoolean()).isFalse();
        assertThat(second.get("contents").get(0).get("id")).isNotEqualTo(first.get("contents").get(0).get("id"));
        JsonNode beyond = body(mvc.perform(get("/api/v1/hsds/services?per_page=500&page=99999"))
                .andExpect(status().isOk()).andReturn());
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("contents").size()).isZero();
        assertThat(beyond.get("last_page").asBoolean()).isTrue();

        for (String query : List.of("page=0", "page=-1", "page=abc", "page=100001", "per_page=0", "per_page=501",
                "per_page=1.5", "page=99999999999")) {
            MockHttpServletResponse refused = mvc.perform(get("/api/v1/hsds/organizations?" + query))
                    .andExpect(status().isBadRequest()).andReturn().getResponse();
            assertThat(refused.getContentType()).as(query).isEqualTo("application/problem+json");
            JsonNode problem = json.readTree(refused.getContentAsString(StandardCharsets.UTF_8));
            assertThat(problem.get("detail").asString()).as(query).contains("Skriv ett heltal från 1 till");
            assertThat(problem.get("errors").get(0).get("field").asString()).as(query)
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void openDataHasNoSessionNoCookieIsCacheableAndReadableFromAnyOrigin() throws Exception {
        Fixtures.Centre centre = fixtures.centre(BENGTSFORS, false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        List<String> paths = new ArrayList<>(LISTS.stream().map(l -> "/api/v1/hsds/" + l).toList());
        paths.add("/api/v1/hsds/organizations/" + OpenDirectory.id("centre/" + centre.id() + "/organization"));
        paths.add("/api/v1/hsds/directory.csv");
        paths.add("/sitemap.xml");
        for (String path : paths) {
            MvcResult result = mvc.perform(get(path).header("Origin", "https://www.bengtsfors.se"))
                    .andExpect(status().isOk()).andReturn();
            MockHttpServletResponse response = result.getResponse();
            assertThat(response.getHeaders("Set-Cookie")).as(path).isEmpty();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
            assertThat(response.getHeader("Cache-Control")).as(path).isEqualTo("public, max-age=300");
            String etag = response.getHeader("ETag");
            assertThat(etag).as(path).isNotBlank();
            mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
            if (path.startsWith("/api/")) {
                assertThat(response.getHeader("Access-Control-Allow-Origin")).as(path).isEqualTo("*");
            }
        }
        MockHttpServletResponse signedOut = mvc.perform(get("/api/v1/centres")).andReturn().getResponse();
        assertThat(signedOut.getStatus()).as("the rest of the API still asks for a sign-in").isEqualTo(401);
    }

    @Test
    void theCsvHasAHeaderAndARowPerCentreAndOperationAndQuotesWhatNeedsIt() throws Exception {
        String name = "Familjecentralen \"Solrosen\", " + Fixtures.unique("Dals-Ed");
        long id = registry.register(new CentreDescription(name, new Address("Storgatan 3", "666 30", "Bengtsfors"),
                BENGTSFORS, false, List.of(participation(CHILD_HEALTH, true), participation(MIDWIFE_CLINIC, true),
                participation(OPEN_PRESCHOOL, true), participation(PREVENTIVE_SOCIAL_SERVICES, false)),
                List.of(), null));
        MockHttpServletResponse response = mvc.perform(get("/api/v1/hsds/directory.csv")).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("familjecentraler.csv");
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).as("a byte order mark, so a spreadsheet reads UTF-8").startsWith(Csv.BYTE_ORDER_MARK);
        text = text.substring(1);
        assertThat(text).contains("\"Familjecentralen \"\"Solrosen\"\", ").endsWith("\r\n");
        List<List<String>> rows = parse(text);
        List<String> header = rows.getFirst();
        assertThat(header).startsWith("organization_id", "organization_name", "service_id", "service_name",
                "service_status");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSameSizeAs(header));
        List<List<String>> ours = rows.stream().filter(r -> r.get(1).equals(name)).toList();
        assertThat(ours).hasSize(4);
        assertThat(ours).extracting(r -> r.get(header.indexOf("service_id"))).containsExactlyInAnyOrder(
                OpenDirectory.id("centre/" + id + "/service/MIDWIFE_CLINIC"),
                OpenDirectory.id("centre/" + id + "/service/CHILD_HEALTH"),
                OpenDirectory.id("centre/" + id + "/service/OPEN_PRESCHOOL"),
                OpenDirectory.id("centre/" + id + "/service/PREVENTIVE_SOCIAL_SERVICES"));
        assertThat(ours).extracting(r -> r.get(header.indexOf("service_name")))
                .contains("Öppen förskola, " + name);
        assertThat(ours).filteredOn(r -> r.get(header.indexOf("service_name")).startsWith("Förebyggande"))
                .extracting(r -> r.get(header.indexOf("service_at_location_id"))).containsExactly("");
        assertThat(ours).extracting(r -> r.get(header.indexOf("address_1"))).containsOnly("Storgatan 3");
        assertThat(ours).extracting(r -> r.get(header.indexOf("state_province")))
                .containsOnly("Västra Götalands län");
    }

    @Test
    void theSitemapListsEveryPublicPageInEveryLanguageWithItsAlternates() throws Exception {
        Fixtures.Centre centre = fixtures.centre(BENGTSFORS, false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        Fixtures.Centre notCovered = fixtures.centre(BENGTSFORS, false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        MockHttpServletResponse response = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document sitemap = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        Element root = sitemap.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(root.getLocalName()).isEqualTo("urlset");
        Map<String, Element> byLoc = new HashMap<>();
        NodeList urls = root.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            byLoc.put(text(url, "loc"), url);
        }
        assertThat(byLoc).containsKeys("http://localhost/hitta", "http://localhost/en/hitta",
                "http://localhost/tillganglighet", "http://localhost/en/tillganglighet",
                "http://localhost/hitta/aktiviteter", "http://localhost/hitta/" + centre.id(),
                "http://localhost/en/hitta/" + centre.id());
        assertThat(byLoc).doesNotContainKey("http://localhost/hitta/" + notCovered.id());
        Element english = byLoc.get("http://localhost/en/hitta/" + centre.id());
        assertThat(text(english, "lastmod")).matches("20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z");
        NodeList links = english.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
        Map<String, String> alternates = new HashMap<>();
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            assertThat(link.getAttribute("rel")).isEqualTo("alternate");
            alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
        }
        assertThat(alternates).containsEntry("sv", "http://localhost/hitta/" + centre.id())
                .containsEntry("en", "http://localhost/en/hitta/" + centre.id())
                .containsEntry("x-default", "http://localhost/hitta/" + centre.id());
    }

    @Test
    void theOpenApiDescriptionHasTheEndpointsAndTheMappingFromTheRegistry() throws Exception {
        JsonNode description = body(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn());
        for (String list : LISTS) {
            assertThat(description.get("paths").has("/api/v1/hsds/" + list)).as(list).isTrue();
            assertThat(description.get("paths").has("/api/v1/hsds/" + list + "/{id}")).as(list).isTrue();
        }
        assertThat(description.get("paths").has("/api/v1/hsds/directory.csv")).isTrue();
        JsonNode tag = null;
        for (JsonNode candidate : description.get("tags")) {
            if (candidate.get("name").asString().startsWith("Öppna data: familjecentraler")) {
                tag = candidate;
            }
        }
        assertThat(tag).isNotNull();
        assertThat(tag.get("description").asString()).contains("organization = familjecentralen",
                "service = en basverksamhet", "service_at_location", "schedule = en rad", "namnbaserade UUID");
    }

    /** A centre in Bengtsfors with its public page published, and a draft changed since. */
    private Fixtures.Centre publishedCentre() throws Exception {
        String name = Fixtures.unique("Familjecentralen Bengtsfors");
        long id = registry.register(new CentreDescription(name, new Address("Storgatan 3", "666 30", "Bengtsfors"),
                BENGTSFORS, false, List.of(participation(MIDWIFE_CLINIC, false), participation(CHILD_HEALTH, true),
                participation(OPEN_PRESCHOOL, true), participation(PREVENTIVE_SOCIAL_SERVICES, true)),
                List.of(), null));
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, id));
        String path = "/centres/" + id + "/public-page";
        send(post(path + "/contact").param("version", "0").param("phone", "0580-123 45")
                .param("email", "familjecentralen@bengtsfors.se").param("website", "https://bengtsfors.se/fc")
                .param("transit", "Bengtsfors busstation").param("latitude", "59,0323")
                .param("longitude", "12,2270"), coordinator);
        send(post(path + "/hours").param("version", "1").param("operation", "").param("kind", "OPEN")
                .param("days", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
                .param("opens", "09.00").param("closes", "16:00"), coordinator);
        send(post(path + "/hours").param("version", "2").param("operation", "CHILD_HEALTH").param("kind", "PHONE")
                .param("days", "MONDAY", "WEDNESDAY").param("opens", "08.00").param("closes", "09.00"), coordinator);
        send(post(path + "/closures").param("version", "3").param("from", "2026-12-24").param("to", "2027-01-06")
                .param("operation", "OPEN_PRESCHOOL").param("reason", "PUBLIC_HOLIDAY")
                .param("note", "Öppnar igen 7 januari"), coordinator);
        send(post(path + "/accessibility").param("version", "4").param("features", "STEP_FREE_ENTRANCE",
                "HEARING_LOOP").param("note", "").param("languages", "sv", "ar"), coordinator);
        send(post(path + "/texts").param("version", "5")
                .param("texts[OPEN_PRESCHOOL-sv]", "Sångstund varje onsdag."), coordinator);
        send(post(path + "/publish").param("version", "6"), coordinator);
        send(post(path + "/contact").param("version", "7").param("phone", "0580-999 99"), coordinator);
        send(post(path + "/texts").param("version", "8")
                .param("texts[CHILD_HEALTH-sv]", "Utkastets text om barnhälsovården."), coordinator);
        return new Fixtures.Centre(id, name, List.of());
    }

    private UnitParticipation participation(BaseOperation operation, boolean coLocated) {
        var owner = operation.municipal() ? fixtures.municipality(BENGTSFORS) : fixtures.region();
        return new UnitParticipation(operation, fixtures.unit(owner, operation), coLocated);
    }

    private void send(MockHttpServletRequestBuilder request, String user) throws Exception {
        mvc.perform(request.with(csrf()).with(fixtures.as(user))).andExpect(status().is3xxRedirection());
    }

    /** Every item of a list, page by page. */
    private List<JsonNode> everything(String list) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode answer = body(mvc.perform(get("/api/v1/hsds/" + list + "?per_page=500&page=" + page))
                    .andExpect(status().isOk()).andReturn());
            answer.get("contents").forEach(items::add);
            if (answer.get("last_page").asBoolean()) {
                assertThat(items).hasSize(answer.get("total_items").asInt());
                return items;
            }
        }
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> names(List<JsonNode> items) {
        return items.stream().map(i -> i.get("name").asString()).toList();
    }

    /**
     * What the HSDS 3.0 schema (and those it refers to) finds wrong with a value: a required field missing, a field
     * the schema does not have, a wrong type, a value outside its enum, or a malformed uuid, date, time, e-mail or
     * URI.
     */
    private List<String> problems(JsonNode value, String schemaFile) throws IOException {
        List<String> problems = new ArrayList<>();
        check(value, schema(schemaFile), schemaFile, problems);
        return problems;
    }

    private void check(JsonNode value, JsonNode schema, String file, List<String> problems) throws IOException {
        if (!value.isObject()) {
            problems.add(file + ": not an object");
            return;
        }
        for (JsonNode required : schema.get("required")) {
            if (!value.has(required.asString()) || value.get(required.asString()).isNull()) {
                problems.add(file + ": " + required.asString() + " is required");
            }
        }
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            JsonNode property = schema.get("properties").get(field.getKey());
            if (property == null) {
                problems.add(file + ": " + field.getKey() + " is not in the schema");
            } else if (property.has("$ref")) {
                String ref = property.get("$ref").asString();
                check(field.getValue(), schema(ref), ref, problems);
            } else {
                property(field.getKey(), field.getValue(), property, file, problems);
            }
        }
    }

    private void property(String name, JsonNode value, JsonNode property, String file, List<String> problems)
            throws IOException {
        String type = property.get("type").asString();
        boolean typed = switch (type) {
            case "string" -> value.isString();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> false;
        };
        if (!typed) {
            problems.add(file + ": " + name + " is not a" + (type.startsWith("a") || type.startsWith("i") ? "n " : " ")
                    + type);
            return;
        }
        if (property.has("enum")) {
            List<String> allowed = new ArrayList<>();
            property.get("enum").forEach(e -> allowed.add(e.asString()));
            if (!allowed.contains(value.asString())) {
                problems.add(file + ": " + name + " is not one of " + allowed);
            }
        }
        if (value.isString() && !formatted(value.asString(), property)) {
            problems.add(file + ": " + name + " is not a well-formed " + format(property));
        }
        if (value.isArray()) {
            JsonNode items = property.get("items");
            for (JsonNode item : value) {
                if (items.has("$ref")) {
                    String ref = items.get("$ref").asString();
                    check(item, schema(ref), ref, problems);
                } else {
                    property(name + "[]", item, items, file, problems);
                }
            }
        }
    }

    private static String format(JsonNode property) {
        return property.has("format") ? property.get("format").asString()
                : property.has("datapackage_type") ? property.get("datapackage_type").asString() : "string";
    }

    private static boolean formatted(String value, JsonNode property) {
        return switch (format(property)) {
            case "uuid" -> value.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            case "date" -> value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
            case "time" -> value.matches("[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?(Z|[+-][0-2][0-9]:[0-5][0-9])?");
            case "date-time" -> value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2})");
            case "email" -> value.matches("[^@\\s]+@[^@\\s]+");
            case "uri" -> value.matches("https?://\\S+");
            default -> true;
        };
    }

    /** A schema, read once: the check looks up one for every object of every list. */
    private JsonNode schema(String file) throws IOException {
        JsonNode kept = schemas.get(file);
        if (kept != null) {
            return kept;
        }
        try (InputStream in = getClass().getResourceAsStream("/hsds/" + file)) {
            assertThat(in).as(file).isNotNull();
            JsonNode schema = json.readTree(in);
            schemas.put(file, schema);
            return schema;
        }
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    /** RFC 4180 read back: quoted fields with doubled quotes, commas and line breaks inside; CRLF between rows. */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(row).as("the last row ends in CRLF").isEmpty();
        return rows;
    }
}
