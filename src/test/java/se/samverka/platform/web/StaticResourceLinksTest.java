package se.samverka.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StaticResourceLinksTest {

    /** A resolver for every path that notes what it is asked and answers with a "hash". */
    private static final class Noting extends AbstractResourceResolver {
        final List<String> asked = new ArrayList<>();

        @Override
        protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
                                                   List<? extends Resource> locations, ResourceResolverChain chain) {
            return null;
        }

        @Override
        protected String resolveUrlPathInternal(String path, List<? extends Resource> locations,
                                                ResourceResolverChain chain) {
            asked.add(path);
            return path.replace(".", "-h.");
        }
    }

    @Test
    void onlyLinksUnderTheStaticPathsAreLookedUp() {
        Noting resolver = new Noting();
        var handler = new ResourceHttpRequestHandler();
        handler.setLocations(List.of(new ClassPathResource("static/")));
        handler.setResourceResolvers(List.of(resolver));
        var urls = new ResourceUrlProvider();
        urls.setHandlerMap(Map.of("/**", handler));
        var links = new StaticResourceLinks(urls);

        assertThat(links.versioned("", "/centres/12")).isEqualTo("/centres/12");
        assertThat(links.versioned("", "/centres/12/plans?year=2026#mal")).isEqualTo("/centres/12/plans?year=2026#mal");
        assertThat(links.versioned("", "/cssfil")).isEqualTo("/cssfil");
        assertThat(resolver.asked).isEmpty();

        assertThat(links.versioned("", "/css/samverka.css?v=1#a")).isEqualTo("/css/samverka-h.css?v=1#a");
        assertThat(links.versioned("/app", "/app/js/samverka.js")).isEqualTo("/app/js/samverka-h.js");
        assertThat(links.versioned("/app", "/css/samverka.css")).isEqualTo("/css/samverka.css");
        assertThat(resolver.asked).containsExactly("css/samverka.css", "js/samverka.js");
    }
}
