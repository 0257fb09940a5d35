package se.samverka.centre;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.rules.Checklist;
import se.samverka.rules.Finding;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The registry's rules on the checklist: classification (§8, Bilaga 3) and governance (§11). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryChecklist implements ChecklistContributor {

    @Override
    public Map<Long, List<Finding>> findings(List<ChecklistCentre> centres) {
        return centres.stream().collect(Collectors.toMap(ChecklistCentre::id,
                centre -> Checklist.check(centre.classification(), centre.configuration(), centre.governance())));
    }
}
