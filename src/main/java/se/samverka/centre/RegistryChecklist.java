package se.samverka.centre;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.rules.Checklist;
import se.samverka.rules.Finding;

import java.util.List;

/** The registry's rules on the checklist: classification (§8, Bilaga 3) and governance (§11). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryChecklist implements ChecklistContributor {

    @Override
    public List<Finding> findings(CentreView centre) {
        return Checklist.check(centre.classification(), centre.configuration(), centre.governance());
    }
}
