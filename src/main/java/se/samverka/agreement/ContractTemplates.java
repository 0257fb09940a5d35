package se.samverka.agreement;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agreements' wording, from the text templates in {@code templates/agreement/contract/}: one file per kind of
 * agreement, a section after each line "§§ KEY". The file is cut into its sections before anything is filled in, so
 * that what the parties write can never start a section of its own.
 */
@Component
class ContractTemplates {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Pattern SECTION = Pattern.compile("(?m)^§§ (.+)$");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final Map<String, Map<String, String>> files = new ConcurrentHashMap<>();

    ContractTemplates() {
        var resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** The template's sections by their keys, in the template's order, each in {@link SectionBody}'s markup. */
    Map<String, String> render(String name, Map<String, ?> variables) {
        var context = new Context(SWEDISH, Collections.unmodifiableMap(variables));
        Map<String, String> sections = new LinkedHashMap<>();
        files.computeIfAbsent(name, ContractTemplates::read).forEach((key, template) ->
                sections.put(key, new SectionBody().written(engine.process(template, context)).text()));
        return sections;
    }

    private static Map<String, String> read(String name) {
        String text;
        try (var in = new ClassPathResource("templates/agreement/contract/" + name + ".txt").getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("no agreement template " + name, e);
        }
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher marker = SECTION.matcher(text);
        String key = null;
        int start = 0;
        while (marker.find()) {
            if (key != null) {
                add(sections, name, key, text.substring(start, marker.start()));
            }
            key = marker.group(1).strip();
            start = marker.end();
        }
        if (key == null) {
            throw new IllegalStateException("the agreement template " + name + " has no sections");
        }
        add(sections, name, key, text.substring(start));
        return Collections.unmodifiableMap(sections);
    }

    private static void add(Map<String, String> sections, String name, String key, String template) {
        if (sections.put(key, template) != null) {
            throw new IllegalStateException("the agreement template " + name + " has the section " + key + " twice");
        }
    }
}
