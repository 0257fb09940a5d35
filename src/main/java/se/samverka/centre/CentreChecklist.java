package se.samverka.centre;

import org.springframework.stereotype.Component;
import se.samverka.rules.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A centre's whole compliance checklist, from every module that contributes rules. */
@Component
class CentreChecklist {

    private final List<ChecklistContributor> contributors;

    CentreChecklist(List<ChecklistContributor> contributors) {
        this.contributors = contributors;
    }

    List<Finding> of(CentreView centre) {
        ChecklistCentre subject = ChecklistCentre.of(centre);
        return contributors.stream().flatMap(contributor -> contributor.findings(subject).stream()).toList();
    }

    /** Every centre's checklist, in the centres' order, each contributor asked once for all of them. */
    Map<Long, List<Finding>> of(List<ChecklistCentre> centres) {
        Map<Long, List<Finding>> checklists = new LinkedHashMap<>();
        centres.forEach(centre -> checklists.put(centre.id(), new ArrayList<>()));
        for (ChecklistContributor contributor : contributors) {
            contributor.findings(centres).forEach((id, findings) -> checklists.get(id).addAll(findings));
        }
        checklists.replaceAll((id, findings) -> List.copyOf(findings));
        return checklists;
    }
}
