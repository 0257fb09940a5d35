package se.samverka.meeting;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentrePageSection;
import se.samverka.centre.CentreView;
import se.samverka.rules.BaseOperation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The follow-up of meetings against the local agreement (R9, RB3c, R11.1c) and the next meeting, on the centre's page. */
@Component
@Order(30)
class MeetingCentreSection implements CentrePageSection {

    private final MeetingSummaries summaries;
    private final MeetingFollowUp followUp;

    MeetingCentreSection(MeetingSummaries summaries, MeetingFollowUp followUp) {
        this.summaries = summaries;
        this.followUp = followUp;
    }

    @Override
    public Optional<Section> section(CentreView centre, Set<CentreAction> may) {
        boolean midwife = centre.participations().stream().anyMatch(p -> p.operation() == BaseOperation.MIDWIFE_CLINIC);
        var next = summaries.of(centre.id()).next().stream().toList();
        var result = followUp.of(centre.id(), midwife);
        return Optional.of(new Section("meeting/centre-section", Map.of(
                "centreId", centre.id(),
                "followUp", result,
                "findings", java.util.List.of(result.r9(), result.rb3c(), result.r11()),
                "next", next)));
    }
}
