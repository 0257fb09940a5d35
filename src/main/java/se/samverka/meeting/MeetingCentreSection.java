package se.samverka.meeting;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentrePageSection;
import se.samverka.centre.CentreView;
import se.samverka.rules.BaseOperation;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The follow-up of meetings against the local agreement (R9, RB3c, R11.1c) and the next meeting, on the centre's page. */
@Component
@Order(30)
class MeetingCentreSection implements CentrePageSection {

    private final MeetingWork work;
    private final MeetingFollowUp followUp;

    MeetingCentreSection(MeetingWork work, MeetingFollowUp followUp) {
        this.work = work;
        this.followUp = followUp;
    }

    @Override
    public Optional<Section> section(CentreView centre, Set<CentreAction> may) {
        LocalDateTime now = work.now();
        boolean midwife = centre.participations().stream().anyMatch(p -> p.operation() == BaseOperation.MIDWIFE_CLINIC);
        var next = work.of(centre.id()).stream().filter(m -> !m.heldBy(now)).limit(1).toList();
        var result = followUp.of(centre.id(), midwife);
        return Optional.of(new Section("meeting/centre-section", Map.of(
                "centreId", centre.id(),
                "followUp", result,
                "findings", java.util.List.of(result.r9(), result.rb3c(), result.r11()),
                "next", next)));
    }
}
