package se.samverka.browser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two checkers independent of axe-core, installed by src/test/browser/ensure-checkers into target/checkers: pa11y
 * with the HTML_CodeSniffer runner (WCAG 2 AA) in Debian's Chromium, and the Nu HTML Checker (vnu). Each answers the
 * errors it finds, as "where: message", and checks all its pages in one run.
 */
final class Checkers {

    private static final Path HOME = Path.of("target", "checkers", "node_modules");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Checkers() {
    }

    /**
     * pa11y's errors on each of the pages at {@code urls}, requested with {@code cookie} when not null, in one
     * Chromium (src/test/browser/pa11y-pages.js).
     */
    static Map<String, List<String>> pa11y(List<String> urls, String cookie) throws IOException, InterruptedException {
        Map<String, Object> launch = Map.of("executablePath", chromium(), "args", List.of("--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run"));
        Map<String, Object> config = cookie == null
                ? Map.of("chromeLaunchConfig", launch, "standard", "WCAG2AA", "timeout", 60000)
                : Map.of("chromeLaunchConfig", launch, "standard", "WCAG2AA", "timeout", 60000,
                "headers", Map.of("Cookie", cookie));
        Path file = Files.createTempFile("pa11y", ".json");
        try {
            Files.writeString(file, JSON.writeValueAsString(config));
            List<String> command = new ArrayList<>(List.of("node", Path.of("src", "test", "browser",
                    "pa11y-pages.js").toString(), file.toString()));
            command.addAll(urls);
            String output = run(command, Map.of("NODE_PATH", HOME.toAbsolutePath().toString()));
            Map<String, List<String>> errors = new LinkedHashMap<>();
            JsonNode found = JSON.readTree(output.substring(output.indexOf('{')));
            for (String url : urls) {
                List<String> messages = new ArrayList<>();
                found.get(url).forEach(message -> messages.add(message.asString()));
                errors.put(url, messages);
            }
            return errors;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** vnu's errors in the given pages (name → HTML). */
    static List<String> vnu(Map<String, String> pages) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("vnu");
        try {
            List<String> command = new ArrayList<>(List.of(java(), "-jar",
                    HOME.resolve("vnu-jar/build/dist/vnu.jar").toString(), "--errors-only", "--format", "json"));
            int i = 0;
            for (var page : pages.entrySet()) {
                Path file = dir.resolve((i++) + ".html");
                Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
                command.add(file.toString());
            }
            String output = run(command, Map.of(), 1);
            List<String> names = new ArrayList<>(pages.keySet());
            List<String> errors = new ArrayList<>();
            for (JsonNode message : JSON.readTree(output.substring(output.indexOf('{'))).get("messages")) {
                String url = message.get("url").asString();
                String name = names.get(Integer.parseInt(url.substring(url.lastIndexOf('/') + 1, url.indexOf(".html"))));
                errors.add(name + " line " + message.path("lastLine").asInt() + ": " + message.get("message").asString());
            }
            return errors;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /** Runs a checker; it exits with 0, or with {@code found} when it found something, and says so on stdout/stderr. */
    private static String run(List<String> command, Map<String, String> environment, int... found)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.getFirst() + " took too long");
        }
        if (process.exitValue() != 0 && Arrays.stream(found).noneMatch(f -> f == process.exitValue())) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static String chromium() {
        return Files.isExecutable(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : "chromium";
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
