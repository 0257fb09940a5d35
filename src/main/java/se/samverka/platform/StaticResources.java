package se.samverka.platform;

import java.util.List;

/**
 * Where the static files are: anyone may fetch them, pages link to them by a URL with the file's content hash, and
 * those URLs are cached for a year. Only these paths are looked up as files; every other path is a page.
 */
public final class StaticResources {

    /** The path patterns of the static files, each a folder of files. */
    public static final List<String> PATTERNS = List.of("/css/**", "/js/**", "/images/**", "/webjars/**");

    private static final List<String> PREFIXES = PATTERNS.stream()
            .map(pattern -> pattern.substring(0, pattern.length() - "**".length()))
            .toList();

    private StaticResources() {
    }

    /** Whether a path (after the context path, without query) names a static file. */
    public static boolean isStatic(String path) {
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
