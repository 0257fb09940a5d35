package se.samverka.centre;

import se.samverka.rules.Finding;

import java.util.List;
import java.util.Map;

/**
 * Adds a module's rules to every centre's compliance checklist. Contributions are shown in their
 * {@link org.springframework.core.annotation.Order}; the registry's own classification and governance
 * rules come first.
 */
public interface ChecklistContributor {

    /**
     * Each centre's findings from this module, by centre id (a centre with none may be left out), read in a fixed
     * number of statements however many centres there are: the county's compliance matrix asks for all of them.
     */
    Map<Long, List<Finding>> findings(List<ChecklistCentre> centres);

    /**
     * One centre's findings, for its page: a module overrides this to share the reads its own section of the page
     * makes in the same request, so that the page reads no more for having a checklist.
     */
    default List<Finding> findings(ChecklistCentre centre) {
        return findings(List.of(centre)).getOrDefault(centre.id(), List.of());
    }
}
