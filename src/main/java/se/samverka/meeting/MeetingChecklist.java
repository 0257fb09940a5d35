package se.samverka.meeting;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.ChecklistCentre;
import se.samverka.centre.ChecklistContributor;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.Finding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** R9 and R11.1c on the checklist of every centre the agreement covers; not applicable without an agreement in force. */
@Component
@Order(30)
class MeetingChecklist implements ChecklistContributor {

    private final MeetingFollowUp followUp;

    MeetingChecklist(MeetingFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public List<Finding> findings(ChecklistCentre centre) {
        if (!centre.covered()) {
            return List.of();
        }
        var result = followUp.of(centre.id(), centre.participates(BaseOperation.MIDWIFE_CLINIC));
        return List.of(result.r9(), result.r11());
    }

    @Override
    public Map<Long, List<Finding>> findings(List<ChecklistCentre> centres) {
        Map<Long, Boolean> midwife = new HashMap<>();
        centres.stream().filter(ChecklistCentre::covered)
                .forEach(centre -> midwife.put(centre.id(), centre.participates(BaseOperation.MIDWIFE_CLINIC)));
        Map<Long, List<Finding>> findings = new HashMap<>();
        followUp.of(midwife).forEach((id, result) -> findings.put(id, List.of(result.r9(), result.r11())));
        return findings;
    }
}
