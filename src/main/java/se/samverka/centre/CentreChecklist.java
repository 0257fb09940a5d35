package se.samverka.centre;

import org.springframework.stereotype.Component;
import se.samverka.rules.Finding;

import java.util.List;

/** A centre's whole compliance checklist, from every module that contributes rules. */
@Component
class CentreChecklist {

    private final List<ChecklistContributor> contributors;

    CentreChecklist(List<ChecklistContributor> contributors) {
        this.contributors = contributors;
    }

    List<Finding> of(CentreView centre) {
        return contributors.stream().flatMap(contributor -> contributor.findings(centre).stream()).toList();
    }
}
