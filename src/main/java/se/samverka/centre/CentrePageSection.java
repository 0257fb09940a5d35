package se.samverka.centre;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lets another module show a section on a centre's page: a Thymeleaf fragment {@code section} in its
 * own template, with its own model. Sections are shown in their {@link org.springframework.core.annotation.Order}, to
 * those who may {@link CentreAction#FOLLOW} the centre; {@code may} is everything the user may do with it.
 */
public interface CentrePageSection {

    record Section(String template, Map<String, Object> model) {
    }

    Optional<Section> section(CentreView centre, Set<CentreAction> may);
}
