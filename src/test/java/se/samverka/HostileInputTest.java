package se.samverka;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.samverka.support.StatementCounter;
import se.samverka.support.TestClock;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * What a hostile client sends, to every form, parameter and API that Samverka maps: NUL and other control
 * characters, lone surrogates, 100 kB values, duplicate and missing parameters, ids that are not numbers, broken JSON;
 * as nobody and as users with authority over the demo's richest centre, Solrosen. Counted: answers of 500 or more,
 * which must be none. Then, on the real server, what Tomcat itself refuses ({@code %00}, encoded slashes, invalid
 * UTF-8, an over-long address) must come back as the Swedish error page, or problem+json under /api.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "samverka.demo=true")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import({TestClock.class, StatementCounter.class})
class HostileInputTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final String HUNDRED_KB = "å".repeat(51_200);
    private static final List<String> HOSTILE = List.of("a\u0000b", "\u0007\u001b[31m\u007f", "\u0085\u009f",
            "\uD800", "\uDC00x", "\uFFFE\uFFFF", HUNDRED_KB, "\t", "'\"<script>", "-1", "99999999999999999999", "",
            "2026-02-30", "NaN");
    private static final List<String> USERS = List.of("demo-styrgrupp", "demo-samordnare", "demo-lan");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @LocalServerPort
    int port;

    @Test
    void noInputThatAClientCanSendGivesA5xx() throws Exception {
        Map<String, String> ids = demoIds();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {

                Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    boolean signInAsked = false;
                    for (Variant variant : variants(pattern, mapping.getValue(), ids)) {
                        for (String username : allUsers()) {
                            if (username == null && signInAsked && !variant.name().startsWith("path")) {
                                continue;
                            }
                            sent++;
                            String request = method + " " + shortened(variant.path()) + " " + variant.name() + " as "
                                    + username;
                            try {
                                MvcResult result = mvc.perform(build(method, variant, username)).andReturn();
                                signInAsked |= username == null && asksToSignIn(result);
                                if (result.getResponse().getStatus() >= 500) {
                                    failures.add(result.getResponse().getStatus() + " " + request + ": " + describe(result));
                                }
                            } catch (Exception unhandled) {
                                failures.add("500 " + request + ": " + rootCause(unhandled));
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("HostileInputTest: %d hostile requests to the mapped routes, %d answered 5xx%n", sent,
                failures.size());
        assertThat(sent).isGreaterThan(3_000);
        assertThat(failures).isEmpty();
    }

    @Test
    void aControlCharacterIsRefusedAtTheFieldAndNothingIsSavedWhileAPastedTabBecomesASpace() throws Exception {
        long id = jdbc.sql("select id from app_user where username = 'demo-personal'").query(Long.class).single();
        String before = jdbc.sql("select display_name from app_user where id = ?").param(id).query(String.class).single();
        int version = jdbc.sql("select version from app_user where id = ?").param(id).query(Integer.class).single();

        String page = mvc.perform(request(HttpMethod.POST, "/admin/users/{id}", id).with(user(users.loadUserByUsername("demo-lan")))
                        .with(csrf()).param("displayName", "Per\u0000sonal").param("email", "").param("enabled", "true")
                        .param("version", String.valueOf(version)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Texten innehöll tecken som inte kan sparas").contains("value=\"Personal\"")
                .contains("aria-invalid=\"true\"");
        assertThat(jdbc.sql("select display_name from app_user where id = ?").param(id).query(String.class).single())
                .isEqualTo(before);

        mvc.perform(request(HttpMethod.POST, "/admin/users/{id}", id).with(user(users.loadUserByUsername("demo-lan")))
                .with(csrf()).param("displayName", "Per\tPersonal").param("email", "").param("enabled", "true")
                .param("version", String.valueOf(version))).andReturn();
        assertThat(jdbc.sql("select display_name from app_user where id = ?").param(id).query(String.class).single())
                .isEqualTo("Per Personal");
    }

    @Test
    void theExportsOfACentreWhoseTextsHoldControlCharactersSavedEarlierStillWork() throws Exception {
        long solrosen = jdbc.sql("select id from centre where name = 'Familjecentralen Solrosen'").query(Long.class).single();
        var item = jdbc.sql("select id, year, period from economy_cost_item where centre_id = ? order by id limit 1")
                .param(solrosen).query((rs, n) -> new Object[]{rs.getLong(1), rs.getInt(2), rs.getString(3)}).single();
        jdbc.sql("update economy_cost_item set description = ? where id = ?").param("Hyra\u0001\u001b\u0000x".replace("\u0000", ""))
                .param(item[0]).update();
        for (String file : List.of("avrakning.xlsx", "avrakning.pdf")) {
            MvcResult export = mvc.perform(request(HttpMethod.GET, "/centres/{id}/economy/{year}/{period}/" + file,
                    solrosen, item[1], item[2]).with(user(users.loadUserByUsername("demo-styrgrupp")))).andReturn();
            assertThat(export.getResponse().getStatus()).as(file).isEqualTo(200);
            assertThat(export.getResponse().getContentAsByteArray()).as(file).hasSizeGreaterThan(1_000);
        }
    }

    @Test
    void whatTomcatRefusesItselfIsAnsweredInSwedish() throws IOException {
        List<String> targets = List.of("/%00", "/centres/%2F", "/a%5Cb", "/%C3%28", "/prova?x=%C3%28",
                "/?" + "a=" + "x".repeat(70_000), "/api/v1/x%00", "/api/v1/%2F", "/api/v1/centres?" + "a=" + "x".repeat(70_000));
        // A request line too long to read has no path Tomcat can tell: it gets the page, also under /api.
        int sent = 0;
        for (String target : targets) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            sent++;
            assertThat(answer).as(target).matches("(?s)HTTP/1\\.1 4\\d\\d .*");
            if (target.startsWith("/api/") && target.length() < 1_000) {
                assertThat(answer).as(target).contains("application/problem+json").contains("\"title\":\"Felaktig begäran\"");
            } else {
                assertThat(answer).as(target).contains("<html lang=\"sv\">").contains("Felaktig begäran")
                        .doesNotContain("Apache Tomcat").doesNotContain("HTTP Status");
            }
        }
        byte[] invalidUtf8 = "name=%C3%28&x=\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        String post = raw("POST /prova HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + invalidUtf8.length + "\r\n\r\n"
                + new String(invalidUtf8, StandardCharsets.ISO_8859_1));
        sent++;
        assertThat(post).as("invalid UTF-8 in a form").matches("(?s)HTTP/1\\.1 [234]\\d\\d .*");
        System.out.printf("HostileInputTest: %d requests refused by Tomcat answered in Swedish%n", sent);
    }

    private record Variant(String name, String path, Map<String, List<String>> params, String body) {
    }

    private List<Variant> variants(String pattern, HandlerMethod handler, Map<String, String> ids) {
        String path = fill(pattern, ids, null);
        List<String> fields = fields(handler);
        boolean json = handler.getMethodParameters().length > 0 && Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("missing parameters", path, Map.of(), null));
        for (String hostile : HOSTILE) {
            Map<String, List<String>> all = new LinkedHashMap<>();
            Map<String, List<String>> duplicate = new LinkedHashMap<>();
            fields.forEach(field -> {
                all.put(field, List.of(hostile));
                duplicate.put(field, List.of("1", hostile));
            });
            variants.add(new Variant("every field " + shown(hostile), path, all, null));
            if (!fields.isEmpty() && hostile.length() < 20) {
                variants.add(new Variant("duplicated " + shown(hostile), path, duplicate, null));
            }
            if (VARIABLE.matcher(pattern).find() && hostile.length() < 50) {
                variants.add(new Variant("path " + shown(hostile), fill(pattern, ids, hostile), Map.of(), null));
            }
            if (json) {
                variants.add(new Variant("JSON " + shown(hostile), path, Map.of(),
                        "{\"kind\":\"" + escapeJson(hostile) + "\",\"year\":\"" + escapeJson(hostile) + "\"}"));
            }
        }
        if (json) {
            variants.add(new Variant("broken JSON", path, Map.of(), "{\"a\":"));
            variants.add(new Variant("JSON array", path, Map.of(), "[1,2]"));
        }
        return distinct(variants);
    }

    /**
     * Whether the answer to one signed out is to sign in, decided before any handler reads a parameter: then the
     * route's other parameter values are not sent signed out (its hostile paths still are).
     */
    private static boolean asksToSignIn(MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        return status == 401 || status == 302 && location != null && location.endsWith("/login");
    }

    /**
     * Each request once: a route without fields would otherwise get the "missing parameters" request again for every
     * hostile value, to no purpose.
     */
    private static List<Variant> distinct(List<Variant> variants) {
        Map<List<Object>, Variant> distinct = new LinkedHashMap<>();
        variants.forEach(v -> distinct.putIfAbsent(Arrays.asList(v.path(), v.params(), v.body()), v));
        return List.copyOf(distinct.values());
    }

    private MockHttpServletRequestBuilder build(RequestMethod method, Variant variant, String username) {
        MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method.name()), java.net.URI.create(
                "http://localhost" + encodePath(variant.path())));
        variant.params().forEach((name, values) -> builder.param(name, values.toArray(String[]::new)));
        if (variant.body() != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(variant.body());
        }
        if (username != null) {
            builder.with(user(users.loadUserByUsername(username)));
        }
        return builder.with(csrf());
    }

    private List<String> allUsers() {
        List<String> all = new ArrayList<>(USERS);
        all.add(null);
        return all;
    }

    /** The names a handler binds: request parameters and the components of its form records, rows included. */
    private static List<String> fields(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(PathVariable.class) || parameter.hasParameterAnnotation(RequestBody.class)) {
                continue;
            }
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                        : parameter.getParameterName();
                names.add(name);
            } else if (type.isRecord()) {
                addComponents(type, "", names);
            }
        }
        names.remove(null);
        return List.copyOf(names);
    }

    private static void addComponents(Class<?> record, String prefix, Set<String> names) {
        for (RecordComponent component : record.getRecordComponents()) {
            Type generic = component.getGenericType();
            if (generic instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> row
                    && row.isRecord()) {
                addComponents(row, prefix + component.getName() + "[0].", names);
                addComponents(row, prefix + component.getName() + "[1].", names);
            } else if (component.getType().isRecord()) {
                addComponents(component.getType(), prefix + component.getName() + ".", names);
            } else {
                names.add(prefix + component.getName());
            }
        }
    }

    /** Ids of the demo's objects, so that a route reaches its form and not only a 404. */
    private Map<String, String> demoIds() {
        long solrosen = jdbc.sql("select id from centre where name = 'Familjecentralen Solrosen'").query(Long.class).single();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("centres", String.valueOf(solrosen));
        ids.put("agreements", first("select min(id) from agreement where centre_id = ?", solrosen));
        ids.put("meetings", first("select min(id) from meeting where centre_id = ?", solrosen));
        ids.put("organisations", first("select min(id) from principal", null));
        ids.put("units", first("select min(id) from unit", null));
        ids.put("users", first("select min(id) from app_user", null));
        ids.put("steering-groups", first("select steering_group_id from centre where id = ?", solrosen));
        ids.put("forslag", first("select coalesce(min(id), 1) from centre_proposal", null));
        ids.put("itemId", first("select min(id) from economy_cost_item where centre_id = ?", solrosen));
        ids.put("year", "2026");
        ids.put("period", jdbc.sql("select min(period) from economy_cost_item where centre_id = ?").param(solrosen)
                .query(String.class).optional().orElse("H1"));
        ids.put("index", "0");
        ids.put("part", "items");
        ids.put("token", "ingen-sådan-länk");
        return ids;
    }

    private String first(String sql, Long centre) {
        var statement = jdbc.sql(sql);
        if (centre != null) {
            statement = statement.param(centre);
        }
        Long id = statement.query(Long.class).optional().orElse(null);
        return id == null ? "1" : id.toString();
    }

    private static String fill(String pattern, Map<String, String> ids, String hostile) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (hostile != null) {
                value = hostile;
            } else if (name.equals("id")) {
                String before = pattern.substring(0, matcher.start());
                String collection = before.replaceAll("/$", "").replaceAll(".*/", "");
                value = ids.getOrDefault(collection, "1");
            } else {
                value = ids.getOrDefault(name, "1");
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && c != '%' && c != '"' && c != '<' && c != '>' && c != '\\' && c != '?' && c != '#'
                    && c != '\'' && c != '[' && c != ']' && c != '{' && c != '}' && c != '|' && c != '^' && c != '`') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    private static String escapeJson(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String shown(String value) {
        return value.length() > 20 ? value.length() + " characters" : escapeJson(value);
    }

    private static String shortened(String path) {
        return path.length() > 80 ? path.substring(0, 80) + "…" : path;
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        StackTraceElement at = Arrays.stream(cause.getStackTrace())
                .filter(element -> element.getClassName().startsWith("se.samverka")).findFirst().orElse(null);
        return cause.getClass().getSimpleName() + ": " + String.valueOf(cause.getMessage()).lines().findFirst().orElse("")
                + (at == null ? "" : " at " + at);
    }

    private static String describe(MvcResult result) {
        Exception failure = result.getResolvedException();
        return failure == null ? "(no exception)" : failure.getClass().getSimpleName() + ": "
                + String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
