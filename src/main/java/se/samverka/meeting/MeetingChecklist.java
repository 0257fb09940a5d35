package se.samverka.meeting;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreView;
import se.samverka.centre.ChecklistContributor;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Finding;

import java.util.List;

/** R9 and R11.1c on the checklist of every centre the agreement covers; not applicable without an agreement in force. */
@Component
@Order(30)
class MeetingChecklist implements ChecklistContributor {

    private final MeetingFollowUp followUp;

    MeetingChecklist(MeetingFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public List<Finding> findings(CentreView centre) {
        if (centre.classification().kind() == CentreKind.NOT_COVERED) {
            return List.of();
        }
        var result = followUp.of(centre.id(),
                centre.participations().stream().anyMatch(p -> p.operation() == BaseOperation.MIDWIFE_CLINIC));
        return List.of(result.r9(), result.r11());
    }
}
