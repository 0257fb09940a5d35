package se.samverka.centre;

import se.samverka.identity.Actor;

import java.util.Map;
import java.util.Optional;

/**
 * Lets another module show a section on a centre's page: a Thymeleaf fragment {@code section} in its
 * own template, with its own model. Sections are shown in their {@link org.springframework.core.annotation.Order}.
 */
public interface CentrePageSection {

    record Section(String template, Map<String, Object> model) {
    }

    Optional<Section> section(CentreView centre, Actor actor);
}
