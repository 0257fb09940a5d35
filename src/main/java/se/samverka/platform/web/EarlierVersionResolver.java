package se.samverka.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Answers a static file's URL with a content hash that is not the file's current one (a page from an instance still
 * on the previous build, during a rolling deployment) with the file as it is now instead of 404, which would leave
 * that page without its style and script. {@link StaticResourceCaching} has such an answer revalidated, never kept.
 */
class EarlierVersionResolver extends AbstractResourceResolver {

    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-f]{32}");

    @Override
    protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
                                               List<? extends Resource> locations, ResourceResolverChain chain) {
        Resource resource = chain.resolveResource(request, requestPath, locations);
        if (resource != null) {
            return resource;
        }
        String version = StaticResourceConfiguration.CONTENT_HASH.extractVersion(requestPath);
        if (version == null || !MD5_HEX.matcher(version).matches()) {
            return null;
        }
        return chain.resolveResource(request,
                StaticResourceConfiguration.CONTENT_HASH.removeVersion(requestPath, version), locations);
    }

    @Override
    protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
                                            ResourceResolverChain chain) {
        return chain.resolveUrlPath(resourceUrlPath, locations);
    }
}
