package se.samverka.centre;

import se.samverka.rules.Finding;

import java.util.List;

/**
 * Adds a module's rules to every centre's compliance checklist. Contributions are shown in their
 * {@link org.springframework.core.annotation.Order}; the registry's own classification and governance
 * rules come first.
 */
public interface ChecklistContributor {

    List<Finding> findings(CentreView centre);
}
