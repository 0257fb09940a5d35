package se.samverka.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.DigestUtils;
import se.samverka.identity.Grant;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class StaticResourcesTest {

    private static final String A_YEAR = "max-age=31536000, public, immutable";
    private static final Pattern STATIC_LINK = Pattern.compile("(?:href|src)=\"(/(?:css|js|images|webjars)/[^\"]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Environment environment;
    @LocalServerPort
    int port;

    @Test
    void pagesLinkStaticFilesByTheirContentHashAndThoseUrlsAreKeptForAYear() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        String htmx = environment.getProperty("samverka.web.htmx-version");
        assertThat(htmx).matches("\\d+\\.\\d+\\.\\d+");
        for (String page : List.of(
                mvc.perform(get("/prova")).andReturn().getResponse().getContentAsString(),
                mvc.perform(get("/centres").with(fixtures.as(county))).andReturn().getResponse().getContentAsString())) {
            assertThat(staticLinks(page)).containsExactlyInAnyOrder(
                    "/css/samverka-" + md5("static/css/samverka.css") + ".css",
                    "/webjars/htmx.org/" + htmx + "/dist/htmx.min-"
                            + md5("META-INF/resources/webjars/htmx.org/" + htmx + "/dist/htmx.min.js") + ".js",
                    "/js/samverka-" + md5("static/js/samverka.js") + ".js");
        }
        for (String link : staticLinks(mvc.perform(get("/prova")).andReturn().getResponse().getContentAsString())) {
            mvc.perform(get(link).with(fixtures.as(county)))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.CACHE_CONTROL, A_YEAR))
                    .andExpect(header().doesNotExist(HttpHeaders.PRAGMA))
                    .andExpect(header().doesNotExist(HttpHeaders.EXPIRES))
                    .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
        }
    }

    @Test
    void htmxResolvesAsJavaScript() throws Exception {
        String link = staticLinks(mvc.perform(get("/prova")).andReturn().getResponse().getContentAsString()).stream()
                .filter(candidate -> candidate.startsWith("/webjars/htmx.org/")).findFirst().orElseThrow();
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("javascript")))
                .andExpect(content().string(containsString("htmx")));
    }

    @Test
    void aStaticFileUnderAnotherHashOrNoneIsTheCurrentFileCheckedAgainEachTime() throws Exception {
        byte[] css = new ClassPathResource("static/css/samverka.css").getContentAsByteArray();
        for (String url : List.of("/css/samverka.css", "/css/samverka-" + "0".repeat(32) + ".css")) {
            mvc.perform(get(url))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
                    .andExpect(content().bytes(css));
        }
        mvc.perform(get("/css/samverka-gammal.css")).andExpect(status().isNotFound());
        mvc.perform(get("/css/finns-inte-" + "0".repeat(32) + ".css")).andExpect(status().isNotFound());
        mvc.perform(get("/css/../application.properties")).andExpect(status().is4xxClientError());
    }

    @Test
    void pagesWithPersonalDataAreNeverStored() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        mvc.perform(get("/centres").with(fixtures.as(county)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, not(containsString("public"))));
    }

    @Test
    void pagesJsonAndStaticFilesAreCompressedForClientsThatAcceptIt() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String page = gunzip(send(client, "/prova", true));
        List<String> links = staticLinks(page);
        assertThat(links).hasSize(3);
        List<String> paths = new ArrayList<>(links);
        paths.add("/v3/api-docs");
        for (String path : paths) {
            assertThat(gunzip(send(client, path, true))).as(path).isNotEmpty();
            assertThat(send(client, path, false).headers().firstValue(HttpHeaders.CONTENT_ENCODING)).as(path).isEmpty();
        }
    }

    private HttpResponse<byte[]> send(HttpClient client, String path, boolean gzip) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header(HttpHeaders.ACCEPT_ENCODING, "gzip");
        }
        HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer;
    }

    private static String gunzip(HttpResponse<byte[]> answer) throws Exception {
        assertThat(answer.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).as(answer.uri().toString())
                .hasValue("gzip");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> staticLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = STATIC_LINK.matcher(html);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }

    private static String md5(String classPath) throws Exception {
        return DigestUtils.md5DigestAsHex(new ClassPathResource(classPath).getContentAsByteArray());
    }
}
